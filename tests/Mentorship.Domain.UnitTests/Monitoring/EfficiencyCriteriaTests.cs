using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.UnitTests.Monitoring;

public class EfficiencyCriteriaTests
{
    [Test]
    public void Criterion_1_is_present_with_a_programme_and_absent_without()
    {
        EfficiencyCriteria.ProgrammeExists(2).Level.Should().Be(CriterionLevel.Present);
        EfficiencyCriteria.ProgrammeExists(0).Level.Should().Be(CriterionLevel.Absent);
    }

    [Test]
    public void Criteria_2_3_and_7_take_the_most_frequent_answer_with_ties_to_the_lower_level()
    {
        var deficits = EfficiencyCriteria.FromAnswers(EfficiencyCriterion.DeficitConditions,
            new Dictionary<CriterionLevel, int> { [CriterionLevel.Available] = 3, [CriterionLevel.Unavailable] = 5, [CriterionLevel.None] = 1 });
        deficits.Level.Should().Be(CriterionLevel.Unavailable);
        deficits.Inputs["respondents"].Should().Be(9);

        EfficiencyCriteria.FromAnswers(EfficiencyCriterion.MotivationSystem,
                new Dictionary<CriterionLevel, int> { [CriterionLevel.Effective] = 2, [CriterionLevel.None] = 2 })
            .Level.Should().Be(CriterionLevel.None);
        EfficiencyCriteria.FromAnswers(EfficiencyCriterion.LearningDynamics,
                new Dictionary<CriterionLevel, int> { [CriterionLevel.Positive] = 4, [CriterionLevel.Stable] = 4, [CriterionLevel.Negative] = 1 })
            .Level.Should().Be(CriterionLevel.Stable);
        EfficiencyCriteria.FromAnswers(EfficiencyCriterion.LearningDynamics, new Dictionary<CriterionLevel, int>())
            .Level.Should().Be(CriterionLevel.NoData);
    }

    [TestCase(10, 8, 80.0, CriterionLevel.From80To100)]
    [TestCase(200, 159, 79.5, CriterionLevel.From60To79)]
    [TestCase(5, 3, 60.0, CriterionLevel.From60To79)]
    [TestCase(100, 59, 59.0, CriterionLevel.From40To59)]
    [TestCase(5, 2, 40.0, CriterionLevel.From40To59)]
    [TestCase(100, 39, 39.0, CriterionLevel.Below40)]
    [TestCase(3, 0, 0.0, CriterionLevel.Below40)]
    public void Criterion_4_is_retained_over_the_cohort_on_the_80_60_40_scale(int cohort, int retained, decimal percent, CriterionLevel level)
    {
        var result = EfficiencyCriteria.Retention(new RetentionInputs(cohort, retained, 20, 5));

        result.Value.Should().Be(percent);
        result.Level.Should().Be(level);
        result.Inputs["teachersUnder3YearsShare"].Should().Be(25m);
    }

    [Test]
    public void Criterion_4_without_a_cohort_is_no_data()
    {
        var result = EfficiencyCriteria.Retention(new RetentionInputs(0, 0, 0, 0));

        result.Value.Should().BeNull();
        result.Level.Should().Be(CriterionLevel.NoData);
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
    [TestCase(3, 5, 60.0, CriterionLevel.From60To79)]
    [TestCase(2, 5, 40.0, CriterionLevel.From40To59)]
    [TestCase(79, 200, 39.5, CriterionLevel.Below40)]
    public void Criterion_5_is_participations_over_young_specialists(int participations, int youngSpecialists, decimal percent, CriterionLevel level)
    {
        var result = EfficiencyCriteria.YoungSpecialistContests(participations, youngSpecialists);

        result.Value.Should().Be(percent);
        result.Level.Should().Be(level);
    }

    [Test]
    public void Criterion_5_without_young_specialists_or_head_count_is_no_data()
    {
        EfficiencyCriteria.YoungSpecialistContests(3, 0).Level.Should().Be(CriterionLevel.NoData);
        EfficiencyCriteria.YoungSpecialistContests(3, null).Level.Should().Be(CriterionLevel.NoData);
    }

    [Test]
    public void Criterion_6_counts_publications_and_is_present_with_any_dissemination_or_training()
    {
        var result = EfficiencyCriteria.Dissemination(new DisseminationInputs(1, 2, 0, 1, 0, 0, 0));
        result.Value.Should().Be(4);
        result.Level.Should().Be(CriterionLevel.Present);

        EfficiencyCriteria.Dissemination(new DisseminationInputs(0, 0, 0, 0, 1, 1, 0)).Level.Should().Be(CriterionLevel.Present);
        EfficiencyCriteria.Dissemination(new DisseminationInputs(0, 0, 0, 0, 0, 0, 1)).Inputs["mentorshipContest"].Should().Be(true);
        EfficiencyCriteria.Dissemination(new DisseminationInputs(0, 0, 0, 0, 0, 0, 0)).Level.Should().Be(CriterionLevel.Absent);
    }

    [Test]
    public void Inputs_are_kept_as_json()
    {
        EfficiencyCriteria.Retention(new RetentionInputs(4, 3, 10, 2)).InputsJson.Should().Contain("\"cohort\":4").And.Contain("\"retained\":3");
    }
}
