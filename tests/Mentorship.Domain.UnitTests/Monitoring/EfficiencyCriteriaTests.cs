using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.UnitTests.Monitoring;

public class EfficiencyCriteriaTests
{
    private static readonly Dictionary<CriterionLevel, int> NoAnswers = [];

    [Test]
    public void Indicator_1_1_is_present_with_a_programme_and_absent_without()
    {
        EfficiencyCriteria.ProgrammeExists(2).Level.Should().Be(CriterionLevel.Present);
        EfficiencyCriteria.ProgrammeExists(0).Level.Should().Be(CriterionLevel.Absent);
    }

    [Test]
    public void Answered_indicators_take_the_most_frequent_answer_with_ties_to_the_lower_level_and_give_the_distribution()
    {
        var deficits = IndicatorResult.FromAnswers(CriterionIndicator.DeficitConditions,
            new Dictionary<CriterionLevel, int> { [CriterionLevel.Available] = 3, [CriterionLevel.Unavailable] = 5, [CriterionLevel.None] = 1 }, IndicatorSource.Questionnaire);
        deficits.Level.Should().Be(CriterionLevel.Unavailable);
        deficits.Inputs["respondents"].Should().Be(9);
        deficits.Distribution.Should().Equal(new Dictionary<string, int> { ["available"] = 3, ["unavailable"] = 5, ["none"] = 1 });

        IndicatorResult.FromAnswers(CriterionIndicator.MaterialMotivation,
                new Dictionary<CriterionLevel, int> { [CriterionLevel.Effective] = 2, [CriterionLevel.None] = 2 }, IndicatorSource.Questionnaire)
            .Level.Should().Be(CriterionLevel.None);
        IndicatorResult.FromAnswers(CriterionIndicator.LearningDynamics,
                new Dictionary<CriterionLevel, int> { [CriterionLevel.Positive] = 4, [CriterionLevel.Stable] = 4, [CriterionLevel.Negative] = 1 }, IndicatorSource.Report)
            .Level.Should().Be(CriterionLevel.Stable);
        IndicatorResult.FromAnswers(CriterionIndicator.LearningDynamics, NoAnswers, IndicatorSource.Report).Level.Should().Be(CriterionLevel.NoData);
    }

    [TestCase(CriterionLevel.Effective, CriterionLevel.Ineffective, CriterionLevel.Ineffective)]
    [TestCase(CriterionLevel.None, CriterionLevel.Effective, CriterionLevel.None)]
    [TestCase(CriterionLevel.NoData, CriterionLevel.Effective, CriterionLevel.Effective)]
    [TestCase(CriterionLevel.NoData, CriterionLevel.NoData, CriterionLevel.NoData)]
    public void Criterion_3_is_the_lower_of_its_indicators_with_data(CriterionLevel material, CriterionLevel nonMaterial, CriterionLevel expected)
    {
        var evaluation = EfficiencyCriteria.Evaluate(Inputs() with
        {
            MaterialAnswers = Answer(material),
            NonMaterialAnswers = Answer(nonMaterial),
        });

        Criterion(evaluation, EfficiencyCriterion.MotivationSystem).Level.Should().Be(expected);
    }

    [TestCase(10, 8, 80.0, CriterionLevel.From80To100)]
    [TestCase(200, 159, 79.5, CriterionLevel.From60To79)]
    [TestCase(5, 3, 60.0, CriterionLevel.From60To79)]
    [TestCase(100, 59, 59.0, CriterionLevel.From40To59)]
    [TestCase(5, 2, 40.0, CriterionLevel.From40To59)]
    [TestCase(100, 39, 39.0, CriterionLevel.Below40)]
    [TestCase(3, 0, 0.0, CriterionLevel.Below40)]
    public void Criterion_4_takes_the_level_of_retention_on_the_80_60_40_scale_and_gives_the_share_of_teachers_under_3_years(
        int cohort, int retained, decimal percent, CriterionLevel level)
    {
        var evaluation = EfficiencyCriteria.Evaluate(Inputs() with { Retention = new(new RetentionInputs(cohort, retained, 20, 5), IndicatorSource.Records) });

        Indicator(evaluation, CriterionIndicator.YoungSpecialistRetention).Should().BeEquivalentTo(new { Value = percent, Level = level }, o => o.ExcludingMissingMembers());
        Indicator(evaluation, CriterionIndicator.TeachersUnder3YearsShare).Should().BeEquivalentTo(new { Value = 25m, Level = CriterionLevel.Figure }, o => o.ExcludingMissingMembers());
        Criterion(evaluation, EfficiencyCriterion.YoungTeacherRetention).Should().BeEquivalentTo(new { Value = percent, Level = level }, o => o.ExcludingMissingMembers());
        Criterion(evaluation, EfficiencyCriterion.YoungTeacherRetention).Inputs["teachersUnder3YearsShare"].Should().Be(25m);
    }

    [Test]
    public void Criterion_4_without_a_cohort_or_teachers_is_no_data()
    {
        var evaluation = EfficiencyCriteria.Evaluate(Inputs());

        Criterion(evaluation, EfficiencyCriterion.YoungTeacherRetention).Level.Should().Be(CriterionLevel.NoData);
        Indicator(evaluation, CriterionIndicator.TeachersUnder3YearsShare).Level.Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void A_cohort_teacher_is_retained_when_still_employed_at_year_end_or_after_leaving_past_three_years()
    {
        var hired = new DateOnly(2020, 9, 1);

        EfficiencyCriteria.IsRetained(hired, null, 2024).Should().BeTrue();
        EfficiencyCriteria.IsRetained(hired, new DateOnly(2024, 12, 31), 2024).Should().BeTrue();
        EfficiencyCriteria.IsRetained(hired, new DateOnly(2023, 9, 1), 2024).Should().BeTrue();
        EfficiencyCriteria.IsRetained(hired, new DateOnly(2023, 8, 31), 2024).Should().BeFalse();
        EfficiencyCriteria.RetentionCohortYears(2024).Should().Be((2019, 2021));
    }

    [TestCase(4, 5, 80.0, CriterionLevel.From80To100)]
    [TestCase(7, 5, 140.0, CriterionLevel.From80To100)]
    [TestCase(159, 200, 79.5, CriterionLevel.From60To79)]
    [TestCase(2, 5, 40.0, CriterionLevel.From40To59)]
    [TestCase(79, 200, 39.5, CriterionLevel.Below40)]
    public void Criterion_5_is_participations_over_young_specialists(int participations, int youngSpecialists, decimal percent, CriterionLevel level)
    {
        var result = EfficiencyCriteria.YoungSpecialistContests(new(new YoungSpecialistContestInputs(participations, youngSpecialists), IndicatorSource.Records));

        result.Value.Should().Be(percent);
        result.Level.Should().Be(level);
    }

    [Test]
    public void Criterion_5_without_young_specialists_or_head_count_is_no_data()
    {
        EfficiencyCriteria.YoungSpecialistContests(new(new YoungSpecialistContestInputs(3, 0), IndicatorSource.Records)).Level.Should().Be(CriterionLevel.NoData);
        EfficiencyCriteria.YoungSpecialistContests(new(new YoungSpecialistContestInputs(3, null), IndicatorSource.Records)).Level.Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void Indicator_6_2_gives_courses_per_mentor_and_is_no_data_without_mentors()
    {
        var trained = EfficiencyCriteria.MentorTraining(new(new MentorTrainingInputs(3, 2, 1), IndicatorSource.Records));
        trained.Value.Should().Be(0.67m);
        trained.Level.Should().Be(CriterionLevel.Present);

        EfficiencyCriteria.MentorTraining(new(new MentorTrainingInputs(3, 0, 0), IndicatorSource.Records)).Level.Should().Be(CriterionLevel.Absent);
        EfficiencyCriteria.MentorTraining(new(new MentorTrainingInputs(0, 0, 0), IndicatorSource.Records)).Level.Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void Criterion_6_is_present_with_any_activity_absent_when_every_indicator_has_data_and_none_shows_it_else_no_data()
    {
        var quiet = Inputs() with
        {
            MentorTraining = new(new MentorTrainingInputs(2, 0, 0), IndicatorSource.Records),
            MentorshipContest = new(new MentorshipContestInputs(false, null), IndicatorSource.Curator),
        };
        Criterion(EfficiencyCriteria.Evaluate(quiet), EfficiencyCriterion.DisseminationAndTraining).Level.Should().Be(CriterionLevel.Absent);
        Criterion(EfficiencyCriteria.Evaluate(quiet with { MentorshipContest = null }), EfficiencyCriterion.DisseminationAndTraining).Level.Should().Be(CriterionLevel.NoData);

        var published = quiet with { MentorshipContest = null, Publications = new(new PublicationInputs(1, 2, 0, 1), IndicatorSource.Records) };
        var evaluation = EfficiencyCriteria.Evaluate(published);
        Criterion(evaluation, EfficiencyCriterion.DisseminationAndTraining).Should().BeEquivalentTo(new { Value = 4m, Level = CriterionLevel.Present }, o => o.ExcludingMissingMembers());
        Indicator(evaluation, CriterionIndicator.MentorshipContests).Level.Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void A_report_overrides_the_parts_it_gives_with_source_report()
    {
        var inputs = Inputs().With(new ReportedCriterionInputs(Retention: new RetentionInputs(10, 7, 40, 6)));
        var evaluation = EfficiencyCriteria.Evaluate(inputs);

        Indicator(evaluation, CriterionIndicator.YoungSpecialistRetention).Should().BeEquivalentTo(
            new { Value = 70m, Level = CriterionLevel.From60To79, Source = IndicatorSource.Report }, o => o.ExcludingMissingMembers());
        Indicator(evaluation, CriterionIndicator.TeachersUnder3YearsShare).Should().BeEquivalentTo(new { Value = 15m, Source = IndicatorSource.Report }, o => o.ExcludingMissingMembers());
        Indicator(evaluation, CriterionIndicator.MentorPresentations).Source.Should().Be(IndicatorSource.Records);
    }

    [Test]
    public void Inputs_are_kept_as_json()
    {
        EfficiencyCriteria.Retention(new(new RetentionInputs(4, 3, 10, 2), IndicatorSource.Records)).InputsJson.Should().Contain("\"cohort\":4").And.Contain("\"retained\":3");
    }

    [Test]
    public void Indicators_have_the_codes_of_seed_001()
    {
        Enum.GetValues<CriterionIndicator>().Select(i => i.Code()).Should().Equal("1.1", "2.1", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "6.2", "6.3", "7.1");
        CriterionIndicators.Of(EfficiencyCriterion.DisseminationAndTraining).Should().HaveCount(3);
    }

    private static CriterionInputs Inputs() => new(
        0, NoAnswers, NoAnswers, NoAnswers,
        new(new RetentionInputs(0, 0, 0, 0), IndicatorSource.Records),
        new(new YoungSpecialistContestInputs(0, null), IndicatorSource.Records),
        new(new PublicationInputs(0, 0, 0, 0), IndicatorSource.Records),
        new(new MentorTrainingInputs(0, 0, 0), IndicatorSource.Records),
        null,
        new(NoAnswers, IndicatorSource.Report));

    private static Dictionary<CriterionLevel, int> Answer(CriterionLevel level) => level == CriterionLevel.NoData ? NoAnswers : new() { [level] = 1 };

    private static CriterionResult Criterion(CriteriaEvaluation evaluation, EfficiencyCriterion criterion) => evaluation.Criteria.Single(c => c.Criterion == criterion);

    private static IndicatorResult Indicator(CriteriaEvaluation evaluation, CriterionIndicator indicator) => evaluation.Indicators.Single(i => i.Indicator == indicator);
}
