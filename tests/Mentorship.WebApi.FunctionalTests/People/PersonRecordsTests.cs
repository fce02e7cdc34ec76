using System.Net;
using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Application.People.Queries.GetPersonRecords;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>Employment and activity records, the inputs of the efficiency criteria.</summary>
public sealed class PersonRecordsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchools() => _school = await Given.School("Школа № 1");

    [Test]
    public async Task Employment_and_activity_records_are_kept_for_the_criteria()
    {
        AsCurator(_school);
        var teacher = await ReadAsync<PersonDto>(await PostAsync($"{Api}/people", new { organizationId = _school, lastName = "Учителева", firstName = "Ольга", category = "Teacher" }));

        (await PostAsync($"{Api}/people/{teacher.Id}/employments", new { organizationId = _school, hiredAt = "2021-09-01", experienceYearsAtHire = 0.5 })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync($"{Api}/people/{teacher.Id}/contests", new { year = 2024, level = "Municipal", kind = "ProfessionalContest", name = "Учитель года" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync($"{Api}/people/{teacher.Id}/publications", new { kind = "Article", level = "Regional", title = "Наставничество в школе", date = "2024-03-01" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync($"{Api}/people/{teacher.Id}/trainings", new { name = "ДПП «Наставничество»", hours = 36, completedAt = "2024-05-20" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var badTraining = await PostAsync($"{Api}/people/{teacher.Id}/trainings", new { name = "ДПП", hours = 0, completedAt = "2024-05-20" });
        (await ProblemAsync(badTraining, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("hours");

        var records = await ReadAsync<PersonRecordsDto>(await Client.GetAsync($"{Api}/people/{teacher.Id}/records"));
        records.Employments.Single().IsYoungSpecialist.Should().BeTrue();
        records.Contests.Single().Level.Should().Be(ActivityLevel.Municipal);
        records.Publications.Should().ContainSingle();
        records.Trainings.Single().Hours.Should().Be(36);
    }
}
