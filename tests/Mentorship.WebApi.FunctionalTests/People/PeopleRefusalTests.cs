using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>
/// The rules of people and territory refuse with their stable code: the domain's refusals and the validators' alike,
/// with the text in Russian by default and in English on request.
/// </summary>
public sealed class PeopleRefusalTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _municipality;
    private Guid _school;

    [SetUp]
    public async Task CreateSchool()
    {
        var (_, municipality) = await Given.Territory();
        _municipality = municipality.Id;
        _school = (await Given.Organization(municipality.Id, "Школа № 1", inn: "7707083893")).Id;
    }

    [Test]
    public async Task Revoking_a_revoked_consent_answers_its_code_in_russian_and_on_request_in_english()
    {
        AsCurator(_school);
        var pupil = await CreatePersonAsync("Pupil", grade: 7);
        var consent = await ReadAsync<ConsentDto>(await PostAsync($"{Api}/people/{pupil.Id}/consents", new { givenBy = "LegalRepresentative", representativeName = "Мама", purpose = "Участие в программе" }));
        var revoke = $"{Api}/people/{pupil.Id}/consents/{consent.Id}/revoke";
        (await Client.PostAsync(revoke, null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var russian = await ProblemAsync(await Client.PostAsync(revoke, null), HttpStatusCode.Conflict);
        var english = await ProblemAsync(await SendInEnglishAsync(HttpMethod.Post, revoke), HttpStatusCode.Conflict);

        russian.Code.Should().Be(ErrorCodes.Consent.AlreadyRevoked);
        russian.Detail.Should().Be("Согласие уже отозвано.");
        english.Code.Should().Be(ErrorCodes.Consent.AlreadyRevoked);
        english.Detail.Should().Be("The consent is already revoked.");
    }

    [Test]
    public async Task A_duplicate_inn_answers_the_duplicate_code_with_the_inn()
    {
        var body = new { municipalityId = _municipality, name = "Двойник", kind = "Employer", inn = "7707083893" };

        var russian = await ProblemAsync(await PostAsync($"{Api}/organizations", body), HttpStatusCode.Conflict);
        var english = await ProblemAsync(await SendInEnglishAsync(HttpMethod.Post, $"{Api}/organizations", body), HttpStatusCode.Conflict);

        russian.Code.Should().Be(ErrorCodes.Common.Duplicate);
        russian.ErrorCodes.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["inn"] = [ErrorCodes.Common.Duplicate] });
        russian.Detail.Should().Be("ИНН организации «7707083893» уже зарегистрирован.");
        english.Detail.Should().Be("The organisation INN '7707083893' is already registered.");
    }

    [Test]
    public async Task A_consent_by_a_representative_without_a_name_names_the_field_and_its_code()
    {
        AsCurator(_school);
        var pupil = await CreatePersonAsync("Pupil", grade: 7);

        var problem = await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/consents", new { givenBy = "LegalRepresentative", purpose = "Участие в программе" }), HttpStatusCode.BadRequest);

        problem.Code.Should().Be(ErrorCodes.Validation.Failed);
        problem.ErrorCodes.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["representativeName"] = [ErrorCodes.Consent.RepresentativeRequired] });
        problem.Errors!["representativeName"].Should().Equal("Укажите законного представителя.");
    }

    [Test]
    public async Task Employment_is_kept_for_teachers_only_and_an_erased_person_takes_no_records()
    {
        AsCurator(_school);
        var pupil = await CreatePersonAsync("Pupil", grade: 7);
        var teacher = await CreatePersonAsync("Teacher");
        var employment = new { organizationId = _school, hiredAt = "2021-09-01", experienceYearsAtHire = 0.5 };

        var forPupil = await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/employments", employment), HttpStatusCode.BadRequest);
        (await Client.DeleteAsync($"{Api}/people/{teacher.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var forErased = await ProblemAsync(await PostAsync($"{Api}/people/{teacher.Id}/employments", employment), HttpStatusCode.Conflict);

        forPupil.ErrorCodes.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["personId"] = [ErrorCodes.Person.EmploymentForTeachersOnly] });
        forErased.Code.Should().Be(ErrorCodes.Person.Erased);
    }

    [Test]
    public async Task An_archived_organisation_takes_no_head_count()
    {
        var archive = await Client.PostAsync($"{Api}/organizations/{_school}/archive", null);
        archive.StatusCode.Should().Be(HttpStatusCode.OK, await archive.Content.ReadAsStringAsync());

        var problem = await ProblemAsync(await PostAsync($"{Api}/organizations/{_school}/headcounts", new { academicYear = "2024/2025", pupilsTotal = 900, pupilsInAgeBand = 700, teachersTotal = 60, teachersUnder35 = 15, youngSpecialists = 4 }), HttpStatusCode.Conflict);

        problem.Code.Should().Be(ErrorCodes.Organization.Archived);
    }

    private async Task<PersonDto> CreatePersonAsync(string category, int? grade = null)
    {
        var response = await PostAsync($"{Api}/people", new { organizationId = _school, lastName = "Иванова", firstName = "Анна", category, grade });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<PersonDto>(response);
    }
}
