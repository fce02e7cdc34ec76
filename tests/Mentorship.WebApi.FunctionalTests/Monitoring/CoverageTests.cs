using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Application.Monitoring.Queries.GetRequestsMap;
using Mentorship.Application.Monitoring.Queries.GetStaleGroups;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>
/// The Armavir plan of the seeds: a municipality with 10 371 pupils aged 10–18 gets count targets 311, 1 037, 2 074,
/// 3 630, 5 185 and 7 260 for 2019–2024. Mentees are counted at their own organisation, once per level.
/// </summary>
public sealed class CoverageTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly DateOnly Aged14 = new(2010, 5, 1);
    private static readonly DateOnly Aged9 = new(2015, 3, 1);

    private Guid _region;
    private Guid _armavir;
    private Guid _other;
    private Guid _schoolA;
    private Guid _schoolB;
    private Guid _schoolC;

    [SetUp]
    public async Task CreateTheRegion()
    {
        _region = (await Given.Region("23", "Краснодарский край")).Id;
        _armavir = (await Given.Municipality(_region, "Армавир")).Id;
        _other = (await Given.Municipality(_region, "Лабинский район")).Id;
        _schoolA = (await Given.Organization(_armavir, "Школа А")).Id;
        _schoolB = (await Given.Organization(_armavir, "Школа Б")).Id;
        _schoolC = (await Given.Organization(_other, "Школа В", isRural: true)).Id;
        for (var year = 2019; year <= 2024; year++)
        {
            await Given.HeadCount(_schoolA, year, 6000);
            await Given.HeadCount(_schoolB, year, 4371);
            await Given.HeadCount(_schoolC, year, 1000);
        }
    }

    [Test]
    public async Task A_municipality_of_10_371_pupils_gets_the_federal_count_targets_and_its_mentees_are_counted_once_per_level()
    {
        await InvolveMenteesAsync();

        var expectedTargets = new Dictionary<int, int> { [2019] = 311, [2020] = 1037, [2021] = 2074, [2022] = 3630, [2023] = 5185, [2024] = 7260 };
        foreach (var year in expectedTargets.Keys)
        {
            var job = await Client.RecomputeAsync(year);
            job.Status.Should().Be(JobRunStatus.Succeeded, job.Regions.Count > 0 ? job.Regions[0].Error : null);
            job.Summary.Organizations.Should().Be(3);
        }

        foreach (var (year, target) in expectedTargets)
        {
            var armavir = await PupilsAsync(MonitoringLevel.Municipality, _armavir, year);
            armavir.Denominator.Should().Be(10371);
            armavir.TargetCount.Should().Be(target, $"the target of {year}");
        }

        // 2023: one pupil of school A, in a group that ended on 31 December 2023.
        (await PupilsAsync(MonitoringLevel.Municipality, _armavir, 2023)).Numerator.Should().Be(1);

        var a = await PupilsAsync(MonitoringLevel.Organization, _schoolA, 2024);
        a.Numerator.Should().Be(20);
        a.Denominator.Should().Be(6000);
        a.Value.Should().Be(0.3m);
        a.Target.Should().Be(70m);
        a.TargetCount.Should().Be(4200);
        a.Met.Should().BeFalse();

        // Pupils of B mentored in A's network programme count at B, and b1 (in groups of both schools) once.
        var b = await PupilsAsync(MonitoringLevel.Organization, _schoolB, 2024);
        b.Numerator.Should().Be(5);
        b.Denominator.Should().Be(4371);

        var municipality = await PupilsAsync(MonitoringLevel.Municipality, _armavir, 2024);
        municipality.Numerator.Should().Be(25);
        municipality.Value.Should().Be(0.2m);
        municipality.Met.Should().BeFalse();

        var region = await PupilsAsync(MonitoringLevel.Region, _region, 2024);
        region.Numerator.Should().Be(28);
        region.Denominator.Should().Be(11371);
        region.TargetCount.Should().Be(7960);
        region.Met.Should().BeFalse();

        // A region's own target replaces the federal one: 0.2 % of the pupils.
        (await PutAsync($"{Api}/monitoring/targets", new { regionId = _region, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = 0.2m } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await Client.RecomputeAsync(2024, _region);

        (await PupilsAsync(MonitoringLevel.Organization, _schoolA, 2024)).Met.Should().BeTrue();   // 0.33 %
        (await PupilsAsync(MonitoringLevel.Organization, _schoolB, 2024)).Met.Should().BeFalse();  // 0.11 %
        var overridden = await PupilsAsync(MonitoringLevel.Municipality, _armavir, 2024);
        overridden.Met.Should().BeTrue();                                                          // 0.24 %
        overridden.TargetCount.Should().Be(21);                                                    // 20.742 → 21
        (await PupilsAsync(MonitoringLevel.Region, _region, 2024)).Met.Should().BeTrue();          // 0.246 %
    }

    [Test]
    public async Task Counts_are_broken_down_by_form_format_and_rural_organisations()
    {
        await InvolveMenteesAsync();
        await Client.RecomputeAsync(2024);

        var all = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?level=Region&year=2024&breakdown=*&pageSize=200"));
        CoverageDto Figure(Indicator indicator, string breakdown) => all.Items.Single(i => i.Indicator == indicator && i.Breakdown == breakdown);

        Figure(Indicator.Mentees, "").Value.Should().Be(29);   // 28 pupils in the band and the 9-year-old
        Figure(Indicator.Mentees, "rural").Value.Should().Be(3);
        Figure(Indicator.Mentors, "").Value.Should().Be(3);
        Figure(Indicator.Groups, "").Value.Should().Be(3);
        Figure(Indicator.Groups, "format:Group").Value.Should().Be(3);
        Figure(Indicator.Groups, "form:PupilPupil").Value.Should().Be(3);
        Figure(Indicator.OrganizationsWithProgramme, "").Value.Should().Be(100m);
        Figure(Indicator.MentorshipContestParticipants, "").TargetCount.Should().Be(4); // 2 per municipality
    }

    [Test]
    public async Task A_university_with_a_programme_does_not_change_the_organisation_shares()
    {
        await InvolveMenteesAsync();
        var university = (await Given.Organization(_armavir, "Армавирский университет", kind: "HigherEducation")).Id;
        await Given.Programme(university, startYear: 2024);
        var school = (await Given.Organization(_armavir, "Школа Г")).Id;
        await Given.HeadCount(school, 2024, 100);

        await Client.RecomputeAsync(2024);

        // Schools A, B (with programmes) and Г (without) of Armavir: 2 of 3, the university in neither number.
        var armavir = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync(
            $"{Api}/monitoring/coverage?level=Municipality&unitId={_armavir}&year=2024&indicator=OrganizationsWithProgramme"));
        armavir.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Numerator = 2, Denominator = 3 }, o => o.ExcludingMissingMembers());
        var ofUniversity = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync(
            $"{Api}/monitoring/coverage?level=Organization&unitId={university}&year=2024&indicator=OrganizationsWithProgramme"));
        ofUniversity.Items.Should().BeEmpty();
    }

    [Test]
    public async Task A_recompute_run_twice_gives_identical_snapshots()
    {
        await InvolveMenteesAsync();

        await Client.RecomputeAsync(2024);
        var first = await SnapshotsAsync();
        await Client.RecomputeAsync(2024);
        var second = await SnapshotsAsync();

        first.Should().NotBeEmpty();
        second.Should().Equal(first);
    }

    [Test]
    public async Task Coverage_outside_the_callers_region_or_municipality_is_not_seen()
    {
        await InvolveMenteesAsync();
        await Client.RecomputeAsync(2024);
        var foreign = (await Given.Region("38", "Иркутская область")).Id;

        AsRegionalCoordinator(foreign);
        (await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?year=2024"))).TotalCount.Should().Be(0);
        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/efficiency?organizationId={_schoolA}&year=2024"), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/monitoring/recompute", new { regionId = _region, year = 2024 }), HttpStatusCode.BadRequest);

        AsMunicipalCoordinator(_other);
        var own = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?year=2024&indicator=PupilsMentored&pageSize=200"));
        own.Items.Select(i => i.UnitId).Should().BeEquivalentTo([_other, _schoolC]);

        AsAnalyst(_region);
        (await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?year=2024&indicator=PupilsMentored&pageSize=200"))).TotalCount.Should().Be(6);
        (await Client.GetAsync($"{Api}/monitoring/stale-groups")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await PostAsync($"{Api}/monitoring/recompute", new { year = 2024 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Bad_input_names_the_field()
    {
        (await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/efficiency?year=2024"), HttpStatusCode.BadRequest)).Errors!.Keys.Should().Contain("organizationId");
        (await ProblemAsync(await PostAsync($"{Api}/monitoring/recompute", new { year = 1990 }), HttpStatusCode.BadRequest)).Errors!.Keys.Should().Contain("year");
        (await ProblemAsync(await PutAsync($"{Api}/monitoring/targets", new { regionId = _region, targets = new[] { new { indicator = "Mentors", year = 2024, value = 1m } } }), HttpStatusCode.BadRequest))
            .Errors!.Keys.Should().Contain("targets[0].indicator");
        (await ProblemAsync(await Client.GetAsync($"{Api}/exports/people"), HttpStatusCode.BadRequest)).Errors!.Keys.Should().Contain("dataset");
        (await ProblemAsync(await Client.GetAsync($"{Api}/exports/coverage?format=pdf"), HttpStatusCode.BadRequest)).Errors!.Keys.Should().Contain("format");
    }

    /// <summary>
    /// School A runs a network programme: 20 of its pupils aged 14 and one aged 9, and two pupils of school B (b1, b2).
    /// School B's own programme has b1 again and b3–b5. School C has 3 pupils. A 2023 group of A had one more pupil.
    /// </summary>
    private async Task InvolveMenteesAsync()
    {
        var programmeA = (await Given.Programme(_schoolA, startYear: 2024)).Id;
        var programmeB = (await Given.Programme(_schoolB, startYear: 2024)).Id;
        var programmeC = (await Given.Programme(_schoolC, startYear: 2024)).Id;
        var oldProgramme = (await Given.Programme(_schoolA, startYear: 2023)).Id;

        var mentorA = (await Given.People(_schoolA, 1, PersonCategory.Pupil, new DateOnly(2007, 1, 10)))[0];
        var pupilsA = await Given.People(_schoolA, 20, PersonCategory.Pupil, Aged14);
        var youngA = await Given.People(_schoolA, 1, PersonCategory.Pupil, Aged9);
        var pupilsB = await Given.People(_schoolB, 5, PersonCategory.Pupil, Aged14);
        var mentorB = (await Given.People(_schoolB, 1, PersonCategory.Pupil, new DateOnly(2007, 1, 10)))[0];
        var pupilsC = await Given.People(_schoolC, 3, PersonCategory.Pupil, Aged14);
        var mentorC = (await Given.People(_schoolC, 1, PersonCategory.Pupil, new DateOnly(2007, 1, 10)))[0];
        var formerA = await Given.People(_schoolA, 1, PersonCategory.Pupil, Aged14);

        await Given.Group(programmeA, mentorA, pupilsA.Concat(youngA).Concat(pupilsB.Take(2)), new DateOnly(2024, 9, 10));
        await Given.Group(programmeB, mentorB, pupilsB.Take(1).Concat(pupilsB.Skip(2)), new DateOnly(2024, 9, 12));
        await Given.Group(programmeC, mentorC, pupilsC, new DateOnly(2024, 2, 1));
        await Given.Group(oldProgramme, mentorA, formerA, new DateOnly(2023, 9, 15), new DateOnly(2023, 12, 31));
    }

    private async Task<CoverageDto> PupilsAsync(MonitoringLevel level, Guid unitId, int year)
    {
        var page = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?level={level}&unitId={unitId}&year={year}&indicator=PupilsMentored"));
        return page.Items.Should().ContainSingle().Subject;
    }

    private Task<List<string>> SnapshotsAsync() => QueryAsync(async db =>
        (await db.IndicatorSnapshots.AsNoTracking().ToListAsync())
            .Select(s => $"{s.Id}|{s.Level}|{s.UnitId}|{s.Year}|{s.Indicator}|{s.Breakdown}|{s.Numerator}|{s.Denominator}|{s.Value:0.######}|{s.Target}|{s.TargetCount}|{s.Met}")
            .Concat((await db.CriterionSnapshots.AsNoTracking().ToListAsync()).Select(c => $"{c.Id}|{c.OrganizationId}|{c.Year}|{c.Criterion}|{c.Value}|{c.Level}|{c.Inputs}"))
            .Order(StringComparer.Ordinal)
            .ToList());
}
