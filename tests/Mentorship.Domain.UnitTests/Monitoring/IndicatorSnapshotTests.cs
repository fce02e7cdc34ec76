using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.UnitTests.Monitoring;

public class IndicatorSnapshotTests
{
    private static readonly DateTimeOffset Now = new(2024, 12, 31, 23, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_zero_denominator_gives_no_data_not_zero()
    {
        var snapshot = New(Indicator.PupilsMentored);

        snapshot.SetShare(0, 0, 35m, Now);

        snapshot.Value.Should().BeNull();
        snapshot.Met.Should().BeNull();
        snapshot.TargetCount.Should().BeNull();
    }

    [TestCase(35, 10371, 3630)]
    [TestCase(50, 10371, 5185)]
    [TestCase(10, 10371, 1037)]
    [TestCase(50, 3, 1)]
    [TestCase(50, 1, 0)]
    [TestCase(0.5, 300, 1)]
    public void A_target_count_is_the_share_of_the_denominator_rounded_to_the_nearest_a_half_down(decimal share, int denominator, int expected)
    {
        IndicatorSnapshot.TargetCountOf(share, denominator).Should().Be(expected);
    }

    [Test]
    public void The_target_count_decides_and_the_share_is_kept_unrounded()
    {
        var snapshot = New(Indicator.PupilsMentored);

        // 3 629 of 10 371 is 34.99…%, shown as 35.0 %, and still below the target count of 3 630.
        snapshot.SetShare(3629, 10371, 35m, Now);

        snapshot.Met.Should().BeFalse();
        Math.Round(snapshot.Value!.Value, 1).Should().Be(35.0m);
        snapshot.TargetCount.Should().Be(3630);
    }

    [TestCase(5185, true)]
    [TestCase(5184, false)]
    public void Five_thousand_one_hundred_and_eighty_five_mentees_of_10_371_meet_fifty_percent(int mentees, bool met)
    {
        var snapshot = New(Indicator.PupilsMentored);

        snapshot.SetShare(mentees, 10371, 50m, Now);

        snapshot.TargetCount.Should().Be(5185);
        snapshot.Value.Should().BeLessThan(50m, "49.995 % and below: the share alone would never meet 50 %");
        snapshot.Met.Should().Be(met);
    }

    [Test]
    public void A_count_indicator_is_met_at_its_target_count()
    {
        var snapshot = New(Indicator.MentorshipContestParticipants);

        snapshot.SetCount(2, 2, Now);

        snapshot.Value.Should().Be(2);
        snapshot.Denominator.Should().BeNull();
        snapshot.Met.Should().BeTrue();
    }

    [Test]
    public void Shares_and_counts_are_not_mixed_up()
    {
        FluentActions.Invoking(() => New(Indicator.Mentors).SetShare(1, 2, null, Now)).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.IndicatorIsCount);
        FluentActions.Invoking(() => New(Indicator.PupilsMentored).SetCount(1, null, Now)).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.IndicatorIsShare);
    }

    [Test]
    public void A_target_share_is_a_percentage_and_a_target_count_a_whole_number()
    {
        FluentActions.Invoking(() => new IndicatorTarget(null, Indicator.PupilsMentored, 2024, 101m)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => new IndicatorTarget(null, Indicator.MentorshipContestParticipants, 2024, 1.5m)).Should().Throw<DomainException>()
            .Which.Code.Should().Be(ErrorCodes.Monitoring.TargetCountNotWhole);
        new IndicatorTarget(null, Indicator.MentorshipContestParticipants, 2024, 2m).IsFederalDefault.Should().BeTrue();
    }

    private static IndicatorSnapshot New(Indicator indicator) =>
        new(MonitoringLevel.Organization, Guid.CreateVersion7(), 2024, indicator);
}
