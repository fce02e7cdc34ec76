using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetPlan;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Targets;

/// <summary>
/// Municipal targets over the region's, count targets, and the populations of the indicators: the ДО enrolment
/// reported by schools, stage-2 mentor trainings as staff training, and pupils without a birth date.
/// </summary>
public sealed class TargetsAndPopulationsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly DateOnly Aged14 = new(2010, 5, 1);

    private Guid _region;
    private Guid _first;
    private Guid _second;
    private Guid _schoolOfFirst;
    private Guid _schoolOfSecond;

    [SetUp]
    public async Task CreateTheRegion()
    {
        _region = (await Given.Region("23", "Краснодарский край")).Id;
        _first = (await Given.Municipality(_region, "Армавир")).Id;
        _second = (await Given.Municipality(_region, "Лабинский район")).Id;
        _schoolOfFirst = (await Given.Organization(_first, "Школа № 1")).Id;
        _schoolOfSecond = (await Given.Organization(_second, "Школа № 2")).Id;
    }

    [Test]
    public async Task A_municipal_target_overrides_the_regions_for_the_municipality_and_a_count_target_decides_met_by_itself()
    {
        // 30 mentees of 100 pupils in each municipality; the region's target for 2024 is 40 %.
        foreach (var school in new[] { _schoolOfFirst, _schoolOfSecond })
        {
            await Given.HeadCount(school, 2024, 100);
            var pupils = await Given.People(school, 31, PersonCategory.Pupil, Aged14);
            await Given.Group((await Given.Programme(school)).Id, pupils[0], pupils.Skip(1), new DateOnly(2024, 9, 15));
        }

        await SetAsync(new { regionId = _region, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = 40m } } });

        AsMunicipalCoordinator(_first);
        var schedule = await SetAsync(new { municipalityId = _first, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = 25m } } });
        schedule.Should().Contain(new TargetDto(Indicator.PupilsMentored, 2024, 25m, 70m, false, false, _first, true));
        schedule.Should().Contain(new TargetDto(Indicator.PupilsMentored, 2023, 50m, 50m, false, false, _first));
        await RecomputeAsAdministratorAsync();

        (await PupilsAsync(MonitoringLevel.Municipality, _first)).Should().BeEquivalentTo(new { Target = 25m, TargetCount = 25, Met = true });
        (await PupilsAsync(MonitoringLevel.Organization, _schoolOfFirst)).Should().BeEquivalentTo(new { Target = 25m, TargetCount = 25, Met = true });
        (await PupilsAsync(MonitoringLevel.Municipality, _second)).Should().BeEquivalentTo(new { Target = 40m, TargetCount = 40, Met = false });
        (await PupilsAsync(MonitoringLevel.Region, _region)).Should().BeEquivalentTo(new { Target = 40m, TargetCount = 80, Met = false });

        // A count of persons, as seed 004's municipality sets its own: 35 mentees, not met by 30; the school keeps the region's share.
        AsMunicipalCoordinator(_first);
        var counted = await SetAsync(new { municipalityId = _first, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = 35m, isCount = true } } });
        counted.Should().Contain(t => t.Indicator == Indicator.PupilsMentored && t.Year == 2024 && t.IsCount && t.Value == 35m && t.IsMunicipalOverride);
        await RecomputeAsAdministratorAsync();
        (await PupilsAsync(MonitoringLevel.Municipality, _first)).Should().BeEquivalentTo(new { Target = (decimal?)null, TargetCount = 35, Met = false });
        (await PupilsAsync(MonitoringLevel.Organization, _schoolOfFirst)).Should().BeEquivalentTo(new { Target = 40m, TargetCount = 40, Met = false });

        // Removed (a null value), the region's target applies again.
        AsMunicipalCoordinator(_first);
        var removed = await SetAsync(new { municipalityId = _first, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = (decimal?)null } } });
        removed.Should().Contain(new TargetDto(Indicator.PupilsMentored, 2024, 40m, 70m, true, false, _first));
    }

    [Test]
    public async Task Municipal_targets_are_scoped_to_their_coordinators_and_unique_per_indicator_and_year()
    {
        AsMunicipalCoordinator(_second);
        var body = new { municipalityId = _first, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = 25m } } };
        await ProblemAsync(await PutAsync($"{Api}/monitoring/targets", body), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/targets?municipalityId={_first}"), HttpStatusCode.NotFound);

        AsRegionalCoordinator(_region);
        (await SetAsync(body)).Should().Contain(t => t.Year == 2024 && t.Indicator == Indicator.PupilsMentored && t.IsMunicipalOverride);
        var notWhole = await ProblemAsync(await PutAsync($"{Api}/monitoring/targets",
            new { municipalityId = _first, targets = new[] { new { indicator = "PupilsMentored", year = 2024, value = 10.5m, isCount = true } } }), HttpStatusCode.BadRequest);
        notWhole.ErrorCodes!["targets[0].value"].Should().Contain(ErrorCodes.Monitoring.TargetCountNotWhole);

        // The database holds one target per municipality, indicator and year.
        var duplicate = () => Given.Rows(db => db.IndicatorTargets.Add(new IndicatorTarget(null, Indicator.PupilsMentored, 2024, 30m, _first)));
        (await duplicate.Should().ThrowAsync<Application.Common.Exceptions.ConflictException>()).WithInnerException<Microsoft.EntityFrameworkCore.DbUpdateException>();
        (await QueryAsync(db => Task.FromResult(db.IndicatorTargets.Count(t => t.MunicipalityId == _first)))).Should().Be(1);
    }

    [Test]
    public async Task The_additional_education_share_counts_a_schools_do_enrolment_and_a_do_centres_pupils_mentored_elsewhere()
    {
        // School: 40 children in ДО programmes, 10 of them mentees (reported). ДО centre: 60 pupils, 3 of them mentored
        // in the school's programme and 1 in its own. 14 of 100 in the municipality.
        await HeadCountAsync(_schoolOfFirst, new { pupilsTotal = 200, pupilsInAgeBand = 150, additionalEducationPupils = 40, additionalEducationPupilsMentored = 10 });
        var centre = (await Given.Organization(_first, "Центр детского творчества", kind: "AdditionalEducation")).Id;
        await HeadCountAsync(centre, new { pupilsTotal = 60, pupilsInAgeBand = 60, additionalEducationPupils = 60 });
        var centrePupils = await Given.People(centre, 5, PersonCategory.Pupil, Aged14);
        var schoolMentor = await Given.Person(_schoolOfFirst, PersonCategory.Pupil, birthDate: new DateOnly(2007, 1, 1));
        await Given.Group((await Given.Programme(_schoolOfFirst)).Id, schoolMentor, centrePupils.Take(3), new DateOnly(2024, 9, 15));
        await Given.Group((await Given.Programme(centre)).Id, centrePupils[3], [centrePupils[4]], new DateOnly(2024, 9, 15));

        var tooMany = await ProblemAsync(await PostAsync($"{Api}/organizations/{_schoolOfFirst}/headcounts", new
        {
            academicYear = "2024/2025", pupilsTotal = 200, pupilsInAgeBand = 150, teachersTotal = 0, teachersUnder35 = 0, youngSpecialists = 0,
            additionalEducationPupils = 40, additionalEducationPupilsMentored = 41,
        }), HttpStatusCode.BadRequest);
        tooMany.ErrorCodes!["additionalEducationPupilsMentored"].Should().Equal(ErrorCodes.Targets.MentoredExceedsEnrolled);

        await Client.RecomputeAsync(2024, _region);

        (await FigureAsync(MonitoringLevel.Organization, _schoolOfFirst, Indicator.AdditionalEducationPupilsMentored)).Should().BeEquivalentTo(new { Numerator = 10, Denominator = 40 });
        (await FigureAsync(MonitoringLevel.Organization, centre, Indicator.AdditionalEducationPupilsMentored)).Should().BeEquivalentTo(new { Numerator = 4, Denominator = 60 });
        (await FigureAsync(MonitoringLevel.Municipality, _first, Indicator.AdditionalEducationPupilsMentored)).Should().BeEquivalentTo(new { Numerator = 14, Denominator = 100, Value = 14.0m, Target = 70m, TargetCount = 70, Met = false });
    }

    [Test]
    public async Task A_stage_2_mentor_training_counts_as_staff_training_like_a_dpp_course()
    {
        var teacher = await Given.Person(_schoolOfFirst, PersonCategory.Teacher, "Наставникова");
        AsCurator(_schoolOfFirst);
        var programme = await Given.Programme(_schoolOfFirst);
        await Given.LaunchConditionsMet(programme.Id, "TeacherTeacher");
        await Client.AdvanceAsync(programme.Id);
        await Given.AcceptedMentor(programme.Id, teacher);
        AsAdministrator();
        await Given.HeadCount(_schoolOfSecond, 2024, 100);

        await Client.RecomputeAsync(2024, _region);

        (await FigureAsync(MonitoringLevel.Organization, _schoolOfFirst, Indicator.OrganizationsWithTrainedStaff)).Numerator.Should().Be(1);
        (await FigureAsync(MonitoringLevel.Organization, _schoolOfSecond, Indicator.OrganizationsWithTrainedStaff)).Numerator.Should().Be(0);
        (await FigureAsync(MonitoringLevel.Region, _region, Indicator.OrganizationsWithTrainedStaff)).Should().BeEquivalentTo(new { Numerator = 1, Denominator = 2, Value = 50.0m });
    }

    [Test]
    public async Task A_mentee_pupil_without_a_birth_date_is_reported_as_not_placed_in_the_age_band()
    {
        await Given.HeadCount(_schoolOfFirst, 2024, 100);
        var placed = await Given.People(_schoolOfFirst, 2, PersonCategory.Pupil, Aged14);
        var unknown = await Given.Person(_schoolOfFirst, PersonCategory.Pupil, "Безданных", birthDate: null);
        await Given.Group((await Given.Programme(_schoolOfFirst)).Id, placed[0], [placed[1], unknown], new DateOnly(2024, 9, 15));

        await Client.RecomputeAsync(2024, _region);

        foreach (var (level, unit) in new[] { (MonitoringLevel.Organization, _schoolOfFirst), (MonitoringLevel.Municipality, _first), (MonitoringLevel.Region, _region) })
        {
            (await PupilsAsync(level, unit)).Should().BeEquivalentTo(new { Numerator = 1, Denominator = 100, NotPlaced = 1 }, $"at {level} level");
        }

        (await FigureAsync(MonitoringLevel.Municipality, _first, Indicator.Mentees)).Should().BeEquivalentTo(new { Numerator = 2, NotPlaced = (int?)null });
    }

    [Test]
    public async Task A_municipal_coordinator_reads_the_own_plan_row_only_and_another_municipality_is_not_found()
    {
        await Given.HeadCount(_schoolOfFirst, 2023, 100);
        await Given.HeadCount(_schoolOfSecond, 2023, 100);
        await Client.RecomputeAsync(2023, _region);

        AsMunicipalCoordinator(_first);
        var own = await OkAsync<PlanDto>(await Client.GetAsync($"{Api}/monitoring/plan?regionId={_region}&fromYear=2023&toYear=2023"));
        own.Rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new { UnitId = _first, BaseHeadCount = 100 });
        own.Rows[0].Years.Should().ContainSingle().Which.Should().BeEquivalentTo(new { TargetCount = 50, Actual = 0, Met = false });

        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/plan?municipalityId={_second}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/reports/coverage-by-year?municipalityId={_second}"), HttpStatusCode.NotFound);
        var reversed = await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/plan?municipalityId={_first}&fromYear=2024&toYear=2023"), HttpStatusCode.BadRequest);
        reversed.ErrorCodes!["toYear"].Should().Equal(ErrorCodes.Targets.YearsReversed);
    }

    private async Task<IReadOnlyList<TargetDto>> SetAsync(object body) =>
        await OkAsync<List<TargetDto>>(await PutAsync($"{Api}/monitoring/targets", body));

    private async Task RecomputeAsAdministratorAsync()
    {
        AsAdministrator();
        (await Client.RecomputeAsync(2024, _region)).Status.Should().Be(JobRunStatus.Succeeded);
    }

    private async Task HeadCountAsync(Guid organization, object figures)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(figures, Json)!.AsObject();
        json["academicYear"] = "2024/2025";
        json["teachersTotal"] = 0;
        json["teachersUnder35"] = 0;
        json["youngSpecialists"] = 0;
        await OkAsync<object>(await PostAsync($"{Api}/organizations/{organization}/headcounts", json), HttpStatusCode.Created);
    }

    private Task<CoverageDto> PupilsAsync(MonitoringLevel level, Guid unit) => FigureAsync(level, unit, Indicator.PupilsMentored);

    private async Task<CoverageDto> FigureAsync(MonitoringLevel level, Guid unit, Indicator indicator)
    {
        var page = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?level={level}&unitId={unit}&year=2024&indicator={indicator}"));
        return page.Items.Should().ContainSingle().Subject;
    }
}
