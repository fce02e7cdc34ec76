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
    public void A_questionnaire_answer_gives_at_least_one_level_each_on_its_indicators_scale()
    {
        var questionnaireId = Guid.CreateVersion7();
        var at = DateTimeOffset.UnixEpoch;

        FluentActions.Invoking(() => new QuestionnaireAnswer(questionnaireId, null, null, null, null, at))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.CriterionNotAnswered);
        FluentActions.Invoking(() => new QuestionnaireAnswer(questionnaireId, null, null, CriterionLevel.Available, null, at))
            .Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Monitoring.LevelNotInScale, Field = "materialMotivation" }, o => o.ExcludingMissingMembers());
        var answer = new QuestionnaireAnswer(questionnaireId, null, CriterionLevel.None, null, CriterionLevel.Effective, at);
        answer.Should().BeEquivalentTo(new { DeficitConditions = CriterionLevel.None, MaterialMotivation = (CriterionLevel?)null, NonMaterialMotivation = CriterionLevel.Effective },
            o => o.ExcludingMissingMembers());
    }

    [Test]
    public void Reported_dynamics_take_positive_stable_or_negative_over_a_period_that_does_not_end_before_it_begins()
    {
        var report = new LearningDynamicsReport(Guid.CreateVersion7(), 2024, Guid.CreateVersion7());

        FluentActions.Invoking(() => report.Record(CriterionLevel.Present, new DateOnly(2024, 1, 9), new DateOnly(2024, 5, 31), DateTimeOffset.UnixEpoch))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Monitoring.LevelNotInScale);
        FluentActions.Invoking(() => report.Record(CriterionLevel.Stable, new DateOnly(2024, 5, 31), new DateOnly(2024, 1, 9), DateTimeOffset.UnixEpoch))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Criteria.PeriodReversed);
        report.Record(CriterionLevel.Stable, new DateOnly(2024, 1, 9), new DateOnly(2024, 5, 31), DateTimeOffset.UnixEpoch);
        report.Dynamics.Should().Be(CriterionLevel.Stable);
    }

    [Test]
    public void A_closed_questionnaire_cannot_be_closed_again()
    {
        var questionnaire = new TeacherQuestionnaire(Guid.CreateVersion7(), 2024, DateTimeOffset.UnixEpoch);
        questionnaire.Close(DateTimeOffset.UnixEpoch);

        FluentActions.Invoking(() => questionnaire.Close(DateTimeOffset.UnixEpoch))
            .Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Criteria.QuestionnaireClosed);
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
