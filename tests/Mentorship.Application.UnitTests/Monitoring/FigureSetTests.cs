using Mentorship.Application.Monitoring.Commands.RecomputeRegion;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.UnitTests.Monitoring;

/// <summary>The roll-ups of the indicators on hand-made figures: sums of numerators over sums of denominators.</summary>
public class FigureSetTests
{
    private static readonly Guid Region = Guid.CreateVersion7();
    private static readonly Guid North = Guid.CreateVersion7();
    private static readonly Guid South = Guid.CreateVersion7();
    private static readonly OrganizationRow A = School(North, rural: false);
    private static readonly OrganizationRow B = School(North, rural: true);
    private static readonly OrganizationRow C = School(South, rural: false);

    [Test]
    public void A_municipality_share_is_the_sum_of_numerators_over_the_sum_of_denominators_not_a_mean_of_shares()
    {
        var figures = new FigureSet(Region, [A, B, C], [North, South]);
        figures.Share(A.Id, Indicator.PupilsMentored, 1, 10);     // 10 %
        figures.Share(B.Id, Indicator.PupilsMentored, 90, 90);    // 100 %
        figures.Share(C.Id, Indicator.PupilsMentored, 0, 0);      // no data

        var result = figures.RollUp(Targets((Indicator.PupilsMentored, 70m)));

        var north = Single(result, MonitoringLevel.Municipality, North, Indicator.PupilsMentored);
        (north.Numerator, north.Denominator, north.Target).Should().Be((91, 100, 70m));
        var south = Single(result, MonitoringLevel.Municipality, South, Indicator.PupilsMentored);
        (south.Numerator, south.Denominator).Should().Be((0, 0));
        var region = Single(result, MonitoringLevel.Region, Region, Indicator.PupilsMentored);
        (region.Numerator, region.Denominator, region.MunicipalityId).Should().Be((91, 100, (Guid?)null));
    }

    [Test]
    public void A_share_snapshot_of_a_zero_denominator_is_no_data()
    {
        var figures = new FigureSet(Region, [C], [South]);
        figures.Share(C.Id, Indicator.PupilsMentored, 0, 0);
        var figure = Single(figures.RollUp(TargetsInForce.None), MonitoringLevel.Organization, C.Id, Indicator.PupilsMentored);

        var snapshot = new IndicatorSnapshot(figure.Level, figure.UnitId, 2024, figure.Indicator);
        snapshot.SetShare(figure.Numerator, figure.Denominator!.Value, figure.Target, DateTimeOffset.UnixEpoch);

        snapshot.Value.Should().BeNull();
        snapshot.Met.Should().BeNull();
    }

    [Test]
    public void Counts_add_up_with_form_format_and_rural_breakdowns_at_higher_levels()
    {
        var figures = new FigureSet(Region, [A, B, C], [North, South]);
        figures.Count(A.Id, Indicator.Mentees, IndicatorSnapshot.Total, 3);
        figures.Count(A.Id, Indicator.Mentees, "form:PupilPupil", 3);
        figures.Count(B.Id, Indicator.Mentees, IndicatorSnapshot.Total, 2);
        figures.Count(C.Id, Indicator.Mentees, IndicatorSnapshot.Total, 0);

        var result = figures.RollUp(TargetsInForce.None);

        Single(result, MonitoringLevel.Municipality, North, Indicator.Mentees).Numerator.Should().Be(5);
        Single(result, MonitoringLevel.Municipality, North, Indicator.Mentees, "rural").Numerator.Should().Be(2);
        Single(result, MonitoringLevel.Region, Region, Indicator.Mentees, "form:PupilPupil").Numerator.Should().Be(3);
        Single(result, MonitoringLevel.Municipality, South, Indicator.Mentees).Numerator.Should().Be(0);
        result.Should().NotContain(r => r.Level == MonitoringLevel.Organization && r.Breakdown == "rural");
        result.Should().NotContain(r => r.UnitId == South && r.Breakdown == "rural");
        result.Should().OnlyContain(r => r.Denominator == null && r.Target == null);
    }

    [Test]
    public void The_contest_target_is_per_municipality_and_the_regions_is_that_times_its_municipalities()
    {
        var figures = new FigureSet(Region, [A, C], [North, South]);
        figures.Count(A.Id, Indicator.MentorshipContestParticipants, IndicatorSnapshot.Total, 3);
        figures.AlwaysRollUp(Indicator.MentorshipContestParticipants);

        var result = figures.RollUp(Targets((Indicator.MentorshipContestParticipants, 2m)));

        Single(result, MonitoringLevel.Organization, A.Id, Indicator.MentorshipContestParticipants).TargetCount.Should().BeNull();
        Single(result, MonitoringLevel.Municipality, North, Indicator.MentorshipContestParticipants).TargetCount.Should().Be(2);
        Single(result, MonitoringLevel.Municipality, South, Indicator.MentorshipContestParticipants).Numerator.Should().Be(0);
        var region = Single(result, MonitoringLevel.Region, Region, Indicator.MentorshipContestParticipants);
        (region.Numerator, region.TargetCount).Should().Be((3, 4));
    }

    [Test]
    public void Figures_of_organisations_outside_the_year_are_ignored()
    {
        var figures = new FigureSet(Region, [A], [North]);
        figures.Share(Guid.CreateVersion7(), Indicator.PupilsMentored, 5, 5);

        figures.RollUp(TargetsInForce.None).Should().NotContain(r => r.Level == MonitoringLevel.Organization);
    }

    [Test]
    public void The_period_of_a_year_turns_the_computation_rules_into_dates()
    {
        var period = new MonitoringPeriod(2024, 10, 18);

        // 10 on 1 September 2024: born on or before 1 September 2014; 18 at most: born after 1 September 2005.
        (period.PupilBornOnOrBefore, period.PupilBornAfter).Should().Be((new DateOnly(2014, 9, 1), new DateOnly(2005, 9, 1)));
        period.YoungTeacherBornAfter.Should().Be(new DateOnly(1989, 9, 1));
        (period.HeadCountYear.StartYear, period.FallbackHeadCountYear.StartYear).Should().Be((2024, 2023));
        (period.CohortHiredFrom, period.CohortHiredTo).Should().Be((new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31)));
        new MonitoringPeriod(2024, 11, 18).PupilBornOnOrBefore.Should().Be(new DateOnly(2013, 9, 1));
    }

    private static ComputedIndicator Single(IReadOnlyList<ComputedIndicator> result, MonitoringLevel level, Guid unit, Indicator indicator, string breakdown = "") =>
        result.Should().ContainSingle(r => r.Level == level && r.UnitId == unit && r.Indicator == indicator && r.Breakdown == breakdown).Subject;

    [Test]
    public void Pupils_not_placed_in_the_age_band_roll_up_beside_the_pupils_indicator_only()
    {
        var figures = new FigureSet(Region, [A, B, C], [North, South]);
        figures.Share(A.Id, Indicator.PupilsMentored, 1, 10);
        figures.NotPlaced(A.Id, 2);
        figures.Share(B.Id, Indicator.PupilsMentored, 0, 5);
        figures.NotPlaced(B.Id, 1);
        figures.Share(A.Id, Indicator.YoungTeachersMentored, 1, 2);

        var result = figures.RollUp(TargetsInForce.None);

        Single(result, MonitoringLevel.Organization, A.Id, Indicator.PupilsMentored).NotPlaced.Should().Be(2);
        Single(result, MonitoringLevel.Municipality, North, Indicator.PupilsMentored).NotPlaced.Should().Be(3);
        Single(result, MonitoringLevel.Region, Region, Indicator.PupilsMentored).NotPlaced.Should().Be(3);
        Single(result, MonitoringLevel.Municipality, North, Indicator.YoungTeachersMentored).NotPlaced.Should().BeNull();
    }

    [Test]
    public void A_municipal_target_applies_to_the_municipality_and_its_organisations_and_a_count_only_to_its_own_level()
    {
        var targets = new TargetsInForce(
            new Dictionary<Indicator, TargetInForce> { [Indicator.PupilsMentored] = new(40m, false), [Indicator.YoungTeachersMentored] = new(7m, true) },
            new Dictionary<Indicator, TargetInForce> { [Indicator.PupilsMentored] = new(70m, false), [Indicator.YoungTeachersMentored] = new(70m, false) },
            new Dictionary<(Guid, Indicator), TargetInForce> { [(North, Indicator.PupilsMentored)] = new(25m, false), [(South, Indicator.PupilsMentored)] = new(35m, true) });

        targets.For(MonitoringLevel.Municipality, North, Indicator.PupilsMentored).Should().Be(new TargetInForce(25m, false));
        targets.For(MonitoringLevel.Organization, North, Indicator.PupilsMentored).Should().Be(new TargetInForce(25m, false));
        targets.For(MonitoringLevel.Municipality, South, Indicator.PupilsMentored).Should().Be(new TargetInForce(35m, true));
        targets.For(MonitoringLevel.Organization, South, Indicator.PupilsMentored).Should().Be(new TargetInForce(40m, false));
        targets.For(MonitoringLevel.Region, null, Indicator.PupilsMentored).Should().Be(new TargetInForce(40m, false));

        // The region's count target is the region's alone: below it the federal share applies.
        targets.For(MonitoringLevel.Region, null, Indicator.YoungTeachersMentored).Should().Be(new TargetInForce(7m, true));
        targets.For(MonitoringLevel.Municipality, North, Indicator.YoungTeachersMentored).Should().Be(new TargetInForce(70m, false));
    }

    private static TargetsInForce Targets(params (Indicator Indicator, decimal Value)[] region) =>
        new(region.ToDictionary(t => t.Indicator, t => new TargetInForce(t.Value, !t.Indicator.IsShare())), new Dictionary<Indicator, TargetInForce>(), new Dictionary<(Guid, Indicator), TargetInForce>());

    private static OrganizationRow School(Guid municipality, bool rural) =>
        new(Guid.CreateVersion7(), municipality, OrganizationKind.GeneralEducationSchool, rural, false, false, null);
}
