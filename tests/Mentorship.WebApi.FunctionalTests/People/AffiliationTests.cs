using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.People.Commands.AddAffiliation;
using Mentorship.Application.People.Queries.FindPersonBySnils;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>
/// One person, several organisations: a pupil of school A who attends the ДО centre B of the same municipality is
/// found by СНИЛС and affiliated with B instead of being registered twice; coverage counts them at A and at B and once
/// in the municipality and the region.
/// </summary>
public sealed class AffiliationTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string Snils = "112-233-445 95";

    private Guid _region;
    private Guid _municipality;
    private Guid _school;
    private Guid _centre;
    private Guid _otherMunicipalitySchool;

    [SetUp]
    public async Task CreateTheMunicipality()
    {
        var (region, municipality) = await Given.Territory();
        (_region, _municipality) = (region.Id, municipality.Id);
        _school = (await Given.Organization(_municipality, "МБОУ СОШ № 1")).Id;
        _centre = (await Given.Organization(_municipality, "МБУ ДО «Центр творчества»", kind: "AdditionalEducation")).Id;
        _otherMunicipalitySchool = (await Given.Organization((await Given.Municipality(_region, "Братск")).Id, "Школа Братска")).Id;
    }

    [Test]
    public async Task A_pupil_of_a_school_who_attends_a_centre_is_one_person_counted_at_both_and_once_in_the_municipality()
    {
        await Given.HeadCount(_school, 2024, pupilsInAgeBand: 100);
        await Given.HeadCount(_centre, 2024, pupilsInAgeBand: 40);
        AsCurator(_school);
        var pupil = await RegisterPupilAsync();
        await Given.Consent(pupil.Id);

        // The centre's curator finds the pupil by СНИЛС and affiliates them instead of registering them again.
        AsCurator(_centre);
        var match = await OkAsync<PersonMatchDto>(await PostAsync($"{Api}/people/find-by-snils", new { snils = "11223344595" }));
        match.Should().BeEquivalentTo(new { pupil.Id, LastName = "Соколова", FirstName = "Дарья", Category = PersonCategory.Pupil, InScope = false });
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{pupil.Id}"), HttpStatusCode.NotFound);
        var affiliation = await OkAsync<AffiliationDto>(
            await PostAsync($"{Api}/people/{match.Id}/affiliations", new { organizationId = _centre, role = "Pupil", from = "2024-09-01", snils = Snils }), HttpStatusCode.Created);
        affiliation.Should().BeEquivalentTo(new { PersonId = pupil.Id, OrganizationId = _centre, Role = PersonCategory.Pupil, From = new DateOnly(2024, 9, 1), To = (DateOnly?)null });
        (await OkAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{pupil.Id}"))).OrganizationId.Should().Be(_school);
        (await OkAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?organizationId={_centre}"))).Items.Select(p => p.Id).Should().Equal(pupil.Id);

        // One record, and a mentee of the centre's pair.
        (await QueryAsync(db => db.People.IgnoreQueryFilters().CountAsync(p => p.LastName == "Соколова"))).Should().Be(1);
        AsAdministrator();
        var mentor = await Given.Person(_centre, PersonCategory.Pupil, "Наставникова");
        await Given.Pair(_centre, mentor, pupil.Id);
        (await Client.RecomputeAsync(2024)).Status.Should().Be(JobRunStatus.Succeeded);

        (await FigureAsync(MonitoringLevel.Organization, _school, Indicator.PupilsMentored)).Should().BeEquivalentTo(new { Numerator = 1, Denominator = 100 });
        (await FigureAsync(MonitoringLevel.Organization, _centre, Indicator.PupilsMentored)).Should().BeEquivalentTo(new { Numerator = 1, Denominator = 40 });
        (await FigureAsync(MonitoringLevel.Municipality, _municipality, Indicator.PupilsMentored)).Should().BeEquivalentTo(new { Numerator = 1, Denominator = 140 });
        (await FigureAsync(MonitoringLevel.Region, _region, Indicator.PupilsMentored)).Should().BeEquivalentTo(new { Numerator = 1, Denominator = 140 });
        (await FigureAsync(MonitoringLevel.Organization, _school, Indicator.Mentees)).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Organization, _centre, Indicator.Mentees)).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Municipality, _municipality, Indicator.Mentees)).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Region, _region, Indicator.Mentees)).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Municipality, _municipality, Indicator.Mentees, "form:PupilPupil")).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Organization, _centre, Indicator.Mentees, "form:PupilPupil")).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Municipality, _municipality, Indicator.Mentees, "format:OneToOne")).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Region, _region, Indicator.Mentees, "format:OneToOne")).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Municipality, _municipality, Indicator.Mentors)).Numerator.Should().Be(1);
    }

    [Test]
    public async Task An_affiliation_that_ended_before_the_year_does_not_count_there()
    {
        AsCurator(_school);
        var pupil = await RegisterPupilAsync();
        await Given.Consent(pupil.Id);
        AsCurator(_centre);
        var affiliation = await OkAsync<AffiliationDto>(
            await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = _centre, role = "Pupil", from = "2022-09-01", snils = Snils }), HttpStatusCode.Created);
        var ended = await OkAsync<AffiliationDto>(await PostAsync($"{Api}/people/{pupil.Id}/affiliations/{affiliation.Id}/end", new { to = "2023-05-31" }));
        ended.To.Should().Be(new DateOnly(2023, 5, 31));
        var again = await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations/{affiliation.Id}/end", new { to = "2023-06-30" }), HttpStatusCode.Conflict);
        again.Code.Should().Be(ErrorCodes.Affiliation.AlreadyEnded);

        AsAdministrator();
        var mentor = await Given.Person(_school, PersonCategory.Pupil, "Наставникова");
        await Given.Pair(_school, mentor, pupil.Id);
        await Client.RecomputeAsync(2024);

        (await FigureAsync(MonitoringLevel.Organization, _school, Indicator.Mentees)).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Organization, _centre, Indicator.Mentees)).Numerator.Should().Be(0);
        (await FigureAsync(MonitoringLevel.Municipality, _municipality, Indicator.Mentees)).Numerator.Should().Be(1);
    }

    [Test]
    public async Task A_person_outside_the_scope_is_affiliated_only_with_their_own_snils_and_from_their_municipality()
    {
        AsCurator(_school);
        var pupil = await RegisterPupilAsync();

        AsCurator(_centre);
        await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = _centre, role = "Pupil", from = "2024-09-01" }), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = _centre, role = "Pupil", from = "2024-09-01", snils = "016-103-396 00" }), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = _school, role = "Pupil", from = "2024-09-01", snils = Snils }), HttpStatusCode.BadRequest);

        AsCurator(_otherMunicipalitySchool);
        await ProblemAsync(await PostAsync($"{Api}/people/find-by-snils", new { snils = Snils }), HttpStatusCode.NotFound);
        var refused = await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = _otherMunicipalitySchool, role = "Pupil", from = "2024-09-01", snils = Snils }), HttpStatusCode.BadRequest);
        refused.ErrorCodes.Should().ContainKey("organizationId").WhoseValue.Should().Contain(ErrorCodes.Affiliation.OtherMunicipality);
        (await QueryAsync(db => db.PersonAffiliations.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task The_same_affiliation_twice_is_refused_by_the_database_and_a_curator_sees_only_the_ties_with_own_organisation()
    {
        var secondSchool = (await Given.Organization(_municipality, "МБОУ СОШ № 2")).Id;
        AsMunicipalCoordinator(_municipality);
        var pupil = await RegisterPupilAsync();
        var body = new { organizationId = _centre, role = "Pupil", from = "2024-09-01" };
        await OkAsync<AffiliationDto>(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", body), HttpStatusCode.Created);
        await OkAsync<AffiliationDto>(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = secondSchool, role = "Pupil", from = "2024-09-01" }), HttpStatusCode.Created);
        (await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", body), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.Persistence.RecordExists);
        var home = await ProblemAsync(await PostAsync($"{Api}/people/{pupil.Id}/affiliations", new { organizationId = _school, role = "Pupil", from = "2024-09-01" }), HttpStatusCode.Conflict);
        home.Code.Should().Be(ErrorCodes.Affiliation.IsHomeOrganization);
        (await OkAsync<PagedList<AffiliationDto>>(await Client.GetAsync($"{Api}/people/{pupil.Id}/affiliations"))).TotalCount.Should().Be(2);

        AsCurator(_centre);
        var seen = await OkAsync<PagedList<AffiliationDto>>(await Client.GetAsync($"{Api}/people/{pupil.Id}/affiliations"));
        seen.Items.Select(a => a.OrganizationId).Should().Equal(_centre);
        (await QueryAsync(db => db.AuditEntries.CountAsync(e => e.PersonId == pupil.Id && e.EntityType == nameof(PersonAffiliation) && e.Action == AuditAction.Create))).Should().Be(2);
    }

    private async Task<PersonDto> RegisterPupilAsync() => await OkAsync<PersonDto>(await PostAsync($"{Api}/people", new
    {
        organizationId = _school, lastName = "Соколова", firstName = "Дарья", category = "Pupil", grade = 7, birthDate = "2011-04-12", snils = Snils,
    }), HttpStatusCode.Created);

    private async Task<CoverageDto> FigureAsync(MonitoringLevel level, Guid unitId, Indicator indicator, string breakdown = "")
    {
        var page = await OkAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?level={level}&unitId={unitId}&year=2024&indicator={indicator}&breakdown={Uri.EscapeDataString(breakdown)}"));
        return page.Items.Should().ContainSingle(f => f.Breakdown == breakdown).Subject;
    }
}
