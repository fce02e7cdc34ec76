using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.UnitTests.Monitoring;

public class IndicatorRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 12, 31, 0, 0, 0, TimeSpan.Zero);

    [TestCase(2019, 311)]
    [TestCase(2020, 1037)]
    [TestCase(2021, 2074)]
    [TestCase(2022, 3630)]
    [TestCase(2023, 5185)]
    [TestCase(2024, 7260)]
    public void The_federal_pupil_schedule_of_10_371_pupils_gives_the_counts_of_the_armavir_plan(int year, int count)
    {
        var share = TargetSchedule.FederalDefault(Indicator.PupilsMentored, year)!.Value;

        IndicatorSnapshot.TargetCountOf(share, 10371).Should().Be(count);
    }

    [Test]
    public void The_federal_schedules_are_those_of_the_design()
    {
        TargetSchedule.FederalDefault(Indicator.YoungTeachersMentored, 2021).Should().Be(70m);
        TargetSchedule.FederalDefault(Indicator.YoungTeachersMentored, 2020).Should().BeNull();
        TargetSchedule.FederalDefault(Indicator.AdditionalEducationPupilsMentored, 2024).Should().Be(70m);
        TargetSchedule.FederalDefault(Indicator.OrganizationsWithProgramme, 2023).Should().Be(80m);
        TargetSchedule.FederalDefault(Indicator.OrganizationsWithTrainedStaff, 2024).Should().Be(70m);
        TargetSchedule.FederalDefault(Indicator.MentorshipContestParticipants, 2021).Should().Be(1m);
        TargetSchedule.FederalDefault(Indicator.MentorshipContestParticipants, 2022).Should().Be(2m);
        TargetSchedule.FederalDefaults.Should().HaveCount(6 + 4 + 1 + 4 + 1 + 4);
        TargetSchedule.FederalDefaults.Should().OnlyContain(d => d.Indicator.HasTarget());
    }

    [Test]
    public void Share_is_unrounded_and_a_zero_denominator_is_no_data()
    {
        IndicatorSnapshot.Share(1, 3).Should().Be(100m / 3);
        IndicatorSnapshot.Share(0, 5).Should().Be(0m);
        IndicatorSnapshot.Share(5, 0).Should().BeNull();
    }

    [TestCase(70, 7259, false)]
    [TestCase(70, 7260, true)]
    public void The_pupil_share_is_met_at_the_target(decimal target, int mentored, bool met)
    {
        var snapshot = new IndicatorSnapshot(MonitoringLevel.Municipality, Guid.CreateVersion7(), 2024, Indicator.PupilsMentored);

        snapshot.SetShare(mentored, 10371, target, Now);

        snapshot.Met.Should().Be(met);
        snapshot.TargetCount.Should().Be(7260);
    }

    [Test]
    public void A_snapshot_is_placed_in_its_region_and_municipality()
    {
        var region = Guid.CreateVersion7();
        var municipality = Guid.CreateVersion7();

        new IndicatorSnapshot(MonitoringLevel.Organization, Guid.CreateVersion7(), 2024, Indicator.Mentors).In(region, municipality)
            .MunicipalityId.Should().Be(municipality);
        FluentActions.Invoking(() => new IndicatorSnapshot(MonitoringLevel.Region, region, 2024, Indicator.Mentors).In(region, municipality))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.MunicipalityByLevel);
        FluentActions.Invoking(() => new IndicatorSnapshot(MonitoringLevel.Organization, region, 2024, Indicator.Mentors).In(region, null))
            .Should().Throw<DomainException>();
    }

    [Test]
    public void Plain_counts_have_no_target()
    {
        FluentActions.Invoking(() => new IndicatorTarget(null, Indicator.StaleGroups, 2024, 1m)).Should().Throw<DomainException>()
            .Which.Code.Should().Be(ErrorCodes.Monitoring.IndicatorWithoutTarget);
        FluentActions.Invoking(() => new IndicatorTarget(null, Indicator.Mentors, 2024, 1m)).Should().Throw<DomainException>();
    }

    [Test]
    public void A_group_is_stale_after_the_configured_days_without_a_meeting()
    {
        var today = new DateOnly(2024, 10, 31);

        StaleGroup.IsStale(new DateOnly(2024, 9, 1), new DateTimeOffset(2024, 10, 1, 18, 0, 0, TimeSpan.Zero), today, 30).Should().BeTrue();
        StaleGroup.IsStale(new DateOnly(2024, 9, 1), new DateTimeOffset(2024, 10, 2, 18, 0, 0, TimeSpan.Zero), today, 30).Should().BeFalse();
        StaleGroup.IsStale(new DateOnly(2024, 10, 15), null, today, 30).Should().BeFalse();
        StaleGroup.IsStale(new DateOnly(2024, 9, 15), null, today, 30).Should().BeTrue();
        new StaleGroup(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), new DateOnly(2024, 9, 15), null, today, Now)
            .DaysWithoutMeeting.Should().Be(46);
    }

    [Test]
    public void A_run_follows_its_regions()
    {
        JobRun.StatusOf([JobRunStatus.Queued, JobRunStatus.Queued]).Should().Be(JobRunStatus.Queued);
        JobRun.StatusOf([JobRunStatus.Succeeded, JobRunStatus.Queued]).Should().Be(JobRunStatus.Running);
        JobRun.StatusOf([JobRunStatus.Succeeded, JobRunStatus.Succeeded]).Should().Be(JobRunStatus.Succeeded);
        JobRun.StatusOf([JobRunStatus.Succeeded, JobRunStatus.Failed, JobRunStatus.Running]).Should().Be(JobRunStatus.Failed);
        JobRun.StatusOf([]).Should().Be(JobRunStatus.Succeeded);
    }
}
