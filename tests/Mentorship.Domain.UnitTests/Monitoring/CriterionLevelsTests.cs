using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.UnitTests.Monitoring;

public class CriterionLevelsTests
{
    [TestCase(100, CriterionLevel.From80To100)]
    [TestCase(80, CriterionLevel.From80To100)]
    [TestCase(79.5, CriterionLevel.From60To79)]
    [TestCase(60, CriterionLevel.From60To79)]
    [TestCase(59.99, CriterionLevel.From40To59)]
    [TestCase(40, CriterionLevel.From40To59)]
    [TestCase(39.9, CriterionLevel.Below40)]
    [TestCase(0, CriterionLevel.Below40)]
    public void The_scale_of_criteria_4_and_5_has_lower_bounds_80_60_40(decimal percent, CriterionLevel expected)
    {
        CriterionLevels.OfPercent(percent).Should().Be(expected);
    }

    [Test]
    public void No_value_is_no_data()
    {
        CriterionLevels.OfPercent(null).Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void The_most_frequent_answer_gives_the_level()
    {
        CriterionLevels.MostFrequent(EfficiencyCriterion.DeficitConditions,
                [CriterionLevel.Available, CriterionLevel.None, CriterionLevel.Available])
            .Should().Be(CriterionLevel.Available);
    }

    [Test]
    public void A_tie_goes_to_the_lower_level()
    {
        CriterionLevels.MostFrequent(EfficiencyCriterion.MotivationSystem,
                [CriterionLevel.Effective, CriterionLevel.Ineffective, CriterionLevel.Effective, CriterionLevel.Ineffective])
            .Should().Be(CriterionLevel.Ineffective);
        CriterionLevels.MostFrequent(EfficiencyCriterion.LearningDynamics,
                [CriterionLevel.Positive, CriterionLevel.Negative])
            .Should().Be(CriterionLevel.Negative);
    }

    [Test]
    public void No_respondents_is_no_data()
    {
        CriterionLevels.MostFrequent(EfficiencyCriterion.LearningDynamics, []).Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void An_answer_from_another_scale_is_refused()
    {
        FluentActions.Invoking(() => CriterionLevels.MostFrequent(EfficiencyCriterion.DeficitConditions, [CriterionLevel.Positive]))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.LevelNotInScale);
    }

    [Test]
    public void Answers_are_taken_for_criteria_2_3_and_7_only_and_on_their_scale()
    {
        var organizationId = Guid.CreateVersion7();
        var at = DateTimeOffset.UnixEpoch;

        FluentActions.Invoking(() => new CriterionAnswer(organizationId, 2024, EfficiencyCriterion.YoungTeacherRetention, CriterionLevel.Below40, at))
            .Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Monitoring.CriterionNotAnswered, Field = "criterion" }, o => o.ExcludingMissingMembers());
        FluentActions.Invoking(() => new CriterionAnswer(organizationId, 2024, EfficiencyCriterion.MotivationSystem, CriterionLevel.Available, at))
            .Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Monitoring.LevelNotInScale, Field = "level" }, o => o.ExcludingMissingMembers());
        new CriterionAnswer(organizationId, 2024, EfficiencyCriterion.LearningDynamics, CriterionLevel.Stable, at).Level.Should().Be(CriterionLevel.Stable);
    }

    [Test]
    public void A_snapshot_takes_only_levels_of_its_criterion()
    {
        var snapshot = new CriterionSnapshot(Guid.CreateVersion7(), 2024, EfficiencyCriterion.ProgrammeExists);

        FluentActions.Invoking(() => snapshot.Set(null, CriterionLevel.Effective, null, DateTimeOffset.UnixEpoch)).Should().Throw<DomainException>();
        snapshot.Set(null, CriterionLevel.NoData, null, DateTimeOffset.UnixEpoch);
        snapshot.Level.Should().Be(CriterionLevel.NoData);
    }
}
