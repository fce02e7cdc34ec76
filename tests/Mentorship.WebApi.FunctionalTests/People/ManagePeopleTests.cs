using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>People are kept by whom their scope allows, and personal data reaches no one else.</summary>
public sealed class ManagePeopleTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;
    private Guid _otherSchool;

    [SetUp]
    public async Task CreateSchools()
    {
        var (region, municipality) = await Given.Territory();
        _school = (await Given.Organization(municipality.Id, "Школа № 1")).Id;
        var other = await Given.Municipality(region.Id, "Братск");
        _otherSchool = (await Given.Organization(other.Id, "Школа Братска")).Id;
    }

    [Test]
    public async Task A_curator_creates_reads_updates_and_lists_people_of_the_own_organisation()
    {
        AsCurator(_school);
        var created = await Given.Pupil(_school, "Ёлкина", "Анна", grade: 7);
        created.LastName.Should().Be("Ёлкина");
        created.Grade.Should().Be(7);

        var update = await PutAsync($"{Api}/people/{created.Id}", new { organizationId = _school, lastName = "Ёлкина", firstName = "Анна", category = "Pupil", grade = 8, email = "anna@example.ru" });
        update.StatusCode.Should().Be(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        (await ReadAsync<PersonDto>(update)).Should().BeEquivalentTo(new { Grade = 8, Email = "anna@example.ru", Version = 2L });

        await Given.Pupil(_school, "Иванов", "Пётр");
        var found = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?search=елкина"));
        found.Items.Select(p => p.LastName).Should().Equal("Ёлкина");
        var all = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?organizationId={_school}&category=Pupil&pageSize=1"));
        all.TotalCount.Should().Be(2);
        all.Items.Should().HaveCount(1);
    }

    [Test]
    public async Task People_of_another_organisation_are_not_found_and_cannot_be_changed()
    {
        AsCurator(_otherSchool);
        var stranger = await Given.Pupil(_otherSchool, "Сидоров", "Олег");
        AsCurator(_school);

        await ProblemAsync(await Client.GetAsync($"{Api}/people/{stranger.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/people/{stranger.Id}", new { organizationId = _school, lastName = "Х", firstName = "Y", category = "Pupil" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.DeleteAsync($"{Api}/people/{stranger.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/people/{stranger.Id}/consents", new { givenBy = "Self", purpose = "x" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{stranger.Id}/participations"), HttpStatusCode.NotFound);
        (await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people"))).TotalCount.Should().Be(0);

        AsAdministrator();
        (await ReadAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{stranger.Id}"))).LastName.Should().Be("Сидоров");
    }

    [Test]
    public async Task A_body_cannot_put_a_person_in_an_organisation_outside_the_callers_scope()
    {
        AsCurator(_school);

        var response = await PostAsync($"{Api}/people", new { organizationId = _otherSchool, lastName = "Х", firstName = "Y", category = "Teacher" });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("organizationId");
        AsAdministrator();
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task A_body_with_a_field_the_api_does_not_take_is_refused()
    {
        AsCurator(_school);

        var response = await PostAsync($"{Api}/people", new { organizationId = _school, lastName = "Х", firstName = "Y", category = "Teacher", role = "Administrator" });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("role");
    }

    [Test]
    public async Task An_analyst_and_a_mentor_of_another_record_see_no_personal_data()
    {
        AsCurator(_school);
        var pupil = await Given.Pupil(_school, "Петров", "Илья");
        var region = (await ReadAsync<Application.Territory.Organizations.Queries.GetOrganization.OrganizationDto>(await Client.GetAsync($"{Api}/organizations/{_school}"))).RegionId;

        AsAnalyst(region);
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{pupil.Id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await Client.GetAsync($"{Api}/people"), HttpStatusCode.Forbidden);

        AsMentor(Guid.NewGuid());
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{pupil.Id}"), HttpStatusCode.NotFound);

        AsMentee(pupil.Id);
        (await ReadAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{pupil.Id}"))).LastName.Should().Be("Петров");
        await ProblemAsync(await PutAsync($"{Api}/people/{pupil.Id}", new { organizationId = _school, lastName = "Х", firstName = "Y", category = "Pupil" }), HttpStatusCode.Forbidden);
    }
}
