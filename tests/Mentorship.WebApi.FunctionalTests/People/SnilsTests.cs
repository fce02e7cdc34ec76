using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>
/// СНИЛС: checked by its control number, kept as 11 digits, one person per number, and shown only when one person is
/// read — never in lists, exports or public responses.
/// </summary>
public sealed class SnilsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string Snils = "112-233-445 95";
    private const string Digits = "11223344595";

    private Guid _region;
    private Guid _school;
    private Guid _otherSchool;

    [SetUp]
    public async Task CreateSchools()
    {
        var (region, municipality) = await Given.Territory();
        _region = region.Id;
        _school = (await Given.Organization(municipality.Id, "Школа № 1")).Id;
        _otherSchool = (await Given.Organization((await Given.Municipality(region.Id, "Братск")).Id, "Школа Братска")).Id;
    }

    [TestCase("112-233-445 96")]
    [TestCase("1122334459")]
    public async Task A_snils_with_a_bad_checksum_or_length_is_refused_naming_the_field(string snils)
    {
        AsCurator(_school);

        var problem = await ProblemAsync(await PostAsync($"{Api}/people", Pupil(snils)), HttpStatusCode.BadRequest);

        problem.ErrorCodes.Should().ContainKey("snils").WhoseValue.Should().Contain(ErrorCodes.Snils.Invalid);
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task A_good_snils_is_stored_as_eleven_digits_and_shown_only_when_the_person_is_read()
    {
        AsCurator(_school);

        var created = await OkAsync<PersonDto>(await PostAsync($"{Api}/people", Pupil(Snils)), HttpStatusCode.Created);

        created.Snils.Should().Be(Digits);
        (await OkAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{created.Id}"))).Snils.Should().Be(Digits);
        (await QueryAsync(db => db.People.Select(p => p.Snils).SingleAsync())).Should().Be(Digits);
        var list = await Client.GetAsync($"{Api}/people?organizationId={_school}");
        var body = await list.Content.ReadAsStringAsync();
        (await ReadAsync<PagedList<PersonDto>>(list)).Items.Should().ContainSingle().Which.Snils.Should().BeNull();
        body.Should().NotContain(Digits);
    }

    [Test]
    public async Task A_snils_already_registered_anywhere_is_a_conflict_on_create_and_on_update()
    {
        AsCurator(_otherSchool);
        await OkAsync<PersonDto>(await PostAsync($"{Api}/people", Pupil(Digits, "Первая", _otherSchool)), HttpStatusCode.Created);

        AsCurator(_school);
        var duplicate = await ProblemAsync(await PostAsync($"{Api}/people", Pupil(Snils)), HttpStatusCode.Conflict);
        duplicate.Code.Should().Be(ErrorCodes.Common.Duplicate);
        var other = await OkAsync<PersonDto>(await PostAsync($"{Api}/people", Pupil(null)), HttpStatusCode.Created);
        (await ProblemAsync(await PutAsync($"{Api}/people/{other.Id}", Pupil(Snils)), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.Common.Duplicate);

        // Persons without a СНИЛС are many.
        await OkAsync<PersonDto>(await PostAsync($"{Api}/people", Pupil(null, "Третья")), HttpStatusCode.Created);
        (await QueryAsync(db => db.People.IgnoreQueryFilters().CountAsync(p => p.Snils == null))).Should().Be(2);
    }

    [Test]
    public async Task A_snils_reaches_no_export_and_no_public_response()
    {
        AsCurator(_school);
        var pupil = await OkAsync<PersonDto>(await PostAsync($"{Api}/people", Pupil(Snils)), HttpStatusCode.Created);
        await Given.Consent(pupil.Id);
        AsAdministrator();
        var mentor = await Given.Person(_school, PersonCategory.Pupil, "Наставникова");
        await Given.Pair(_school, mentor, pupil.Id);
        await Given.PublicProgramme(_school, "Открытая программа наставничества");
        await Client.RecomputeAsync(2024);

        AsAnalyst(_region);
        foreach (var export in new[] { "pairs", "coverage", "requests-map" })
        {
            var response = await Client.GetAsync($"{Api}/exports/{export}?regionId={_region}&year=2024");
            response.StatusCode.Should().Be(HttpStatusCode.OK, export);
            var text = await response.Content.ReadAsStringAsync();
            text.Should().NotContain(Digits, export).And.NotContain(Snils, export).And.NotContain("Соколова", export);
        }

        var pairs = await Client.GetStringAsync($"{Api}/exports/pairs?regionId={_region}&year=2024");
        pairs.Should().Contain("p-", "the pair and its pupil are in the export, pseudonymised");
        foreach (var path in new[] { "/programmes", "/organizations", "/partners", "/practices" })
        {
            var response = await Anonymous.GetAsync(PublicApi + path);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync()).Should().NotContain(Digits, path).And.NotContain(Snils, path);
        }
    }

    private object Pupil(string? snils, string lastName = "Соколова", Guid? organizationId = null) =>
        new { organizationId = organizationId ?? _school, lastName, firstName = "Дарья", category = "Pupil", grade = 7, birthDate = "2011-04-12", snils };
}
