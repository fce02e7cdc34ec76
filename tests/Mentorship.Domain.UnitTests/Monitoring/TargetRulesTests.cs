using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.UnitTests.Monitoring;

/// <summary>Municipal and count targets, and the populations they are compared with.</summary>
public class TargetRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 12, 31, 23, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_count_target_decides_met_by_itself_and_leaves_no_target_share()
    {
        var met = new IndicatorSnapshot(MonitoringLevel.Municipality, Guid.NewGuid(), 2023, Indicator.PupilsMentored);
        met.SetShare(1037, 10371, null, Now, targetCount: 1037);
        met.Should().BeEquivalentTo(new { Target = (decimal?)null, TargetCount = 1037, Met = true });

        var missed = new IndicatorSnapshot(MonitoringLevel.Municipality, Guid.NewGuid(), 2023, Indicator.PupilsMentored);
        missed.SetShare(1036, 10371, 5m, Now, targetCount: 1037);
        missed.Should().BeEquivalentTo(new { Target = (decimal?)null, TargetCount = 1037, Met = false });
    }

    [Test]
    public void A_count_target_with_no_pupils_is_no_data()
    {
        var snapshot = new IndicatorSnapshot(MonitoringLevel.Municipality, Guid.NewGuid(), 2023, Indicator.PupilsMentored);
        snapshot.SetShare(0, 0, null, Now, targetCount: 10);
        snapshot.Met.Should().BeNull();
    }

    [Test]
    public void A_target_is_the_regions_or_a_municipalitys_never_both()
    {
        var both = () => new IndicatorTarget(Guid.NewGuid(), Indicator.PupilsMentored, 2024, 50m, Guid.NewGuid());
        both.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Targets.OneScope);

        var municipal = new IndicatorTarget(null, Indicator.PupilsMentored, 2024, 7260m, Guid.NewGuid(), isCount: true);
        municipal.Should().BeEquivalentTo(new { RegionId = (Guid?)null, IsCount = true, Value = 7260m, IsFederalDefault = false });
    }

    [Test]
    public void A_count_target_is_a_whole_number_and_may_exceed_100()
    {
        var fraction = () => new IndicatorTarget(null, Indicator.PupilsMentored, 2024, 10.5m, Guid.NewGuid(), isCount: true);
        fraction.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.TargetCountNotWhole);

        var share = new IndicatorTarget(Guid.NewGuid(), Indicator.PupilsMentored, 2024, 50m);
        var asCount = () => share.Change(5185m, isCount: true);
        asCount.Should().NotThrow();
        share.IsCount.Should().BeTrue();
        var backToShare = () => share.Change(5185m, isCount: false);
        backToShare.Should().Throw<DomainException>();
    }

    [Test]
    public void The_contest_target_is_always_a_count()
    {
        new IndicatorTarget(null, Indicator.MentorshipContestParticipants, 2024, 2m, Guid.NewGuid()).IsCount.Should().BeTrue();
    }

    [Test]
    public void Mentees_among_the_do_enrolled_cannot_exceed_them()
    {
        var figures = new HeadCountFigures(200, 150, 40, 0, 0, 0, AdditionalEducationPupilsMentored: 41);
        figures.Invoking(f => f.Validate()).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Targets.MentoredExceedsEnrolled);
        new HeadCountFigures(200, 150, 40, 0, 0, 0, 40).Invoking(f => f.Validate()).Should().NotThrow();
    }

    [Test]
    public void Only_the_pupils_indicator_reports_pupils_not_placed_in_the_age_band()
    {
        var pupils = new IndicatorSnapshot(MonitoringLevel.Organization, Guid.NewGuid(), 2024, Indicator.PupilsMentored);
        pupils.SetNotPlaced(3);
        pupils.NotPlaced.Should().Be(3);

        var teachers = new IndicatorSnapshot(MonitoringLevel.Organization, Guid.NewGuid(), 2024, Indicator.YoungTeachersMentored);
        teachers.Invoking(s => s.SetNotPlaced(1)).Should().Throw<DomainException>();
        teachers.SetNotPlaced(null);
        teachers.NotPlaced.Should().BeNull();
    }
}
