using System.Net;
using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetParticipations;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>Erasure anonymises a person and keeps the aggregates.</summary>
public sealed class ErasePersonTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchools() => _school = await Given.School("Школа № 1");

    [Test]
    public async Task Erasure_anonymises_the_person_and_keeps_the_record()
    {
        AsCurator(_school);
        var mentor = await Given.Pupil(_school, "Старший", "Ученик", grade: 10);
        var mentee = await Given.Pupil(_school, "Младший", "Ученик", grade: 6);
        await Given.Consent(mentor.Id);
        await Given.Consent(mentee.Id, "LegalRepresentative", "Младшая Мама");
        await Given.Pair(_school, mentor.Id, mentee.Id);

        var erase = await Client.DeleteAsync($"{Api}/people/{mentee.Id}");

        erase.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var erased = await ReadAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{mentee.Id}"));
        erased.Should().BeEquivalentTo(new { IsAnonymised = true, LastName = "", FirstName = "", MiddleName = (string?)null, BirthDate = (DateOnly?)null, Email = (string?)null, Category = PersonCategory.Pupil, Grade = 6 });
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Single().LeftAt.Should().NotBeNull();
        (await ReadAsync<List<ConsentDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/consents"))).Should().OnlyContain(c => !c.IsActive && c.RepresentativeName == null);
        await ProblemAsync(await PutAsync($"{Api}/people/{mentee.Id}", new { organizationId = _school, lastName = "Снова", firstName = "Я", category = "Pupil" }), HttpStatusCode.Conflict);
        (await CountAsync<Person>()).Should().Be(2);
    }
}
