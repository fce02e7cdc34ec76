using System.Net;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Monitoring;
using Mentorship.WebApi.FunctionalTests.Monitoring.Criteria;

namespace Mentorship.WebApi.FunctionalTests.Reporting;

/// <summary>Submitted answers to a reporting request feed criteria 4–7 at the next recompute, with source "report".</summary>
public sealed class ReportedCriteriaTests(DatabaseProvider provider) : ReportingScenario(provider)
{
    [Test]
    public async Task A_submitted_answer_gives_criteria_4_to_7_their_figures_and_a_returned_one_stops_counting()
    {
        var sent = await SendAsync("Retention", "Contests", "Dissemination", "LearningDynamics");
        AsCurator(SchoolA);
        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new
        {
            // 4.1: 3 of 4 retained = 75 % → 79–60 %; 4.2: 5 of 20 = 25 %.
            retention = Retention(retained: 3),

            // 5: (2 + 2) participations of 5 young specialists = 80 % → 100–80 %.
            contests = new { youngSpecialists = 5, schoolLevelParticipations = 2, municipalLevelParticipations = 2 },

            // 6.1: 1 + 2 + 0 + 1 = 4; 6.2: 2 courses for 4 mentors = 0.5 a mentor, present; 6.3: participated.
            dissemination = new { organizationLevel = 1, municipalLevel = 2, regionalLevel = 0, federalLevel = 1, mentors = 4, dppCourses = 2, mentorsTrained = 1, mentorshipContestParticipation = true },

            // 7: positive 2, stable 2, negative 1 — a tie between positive and stable goes to the lower level.
            learningDynamics = new { positive = 2, stable = 2, negative = 1 },
        }));
        await OkAsync<ReportingResponseDto>(await SubmitAsync(sent.Id, SchoolA));

        AsAdministrator();
        await Client.RecomputeAsync(Year, Region);
        AsMunicipalCoordinator(Municipality);
        var criteria = await Client.EfficiencyAsync(SchoolA, Year);

        var retention = criteria.Indicator(CriterionIndicator.YoungSpecialistRetention);
        (retention.Value, retention.Level, retention.Source).Should().Be((75m, CriterionLevel.From60To79, IndicatorSource.Report));
        var under3 = criteria.Indicator(CriterionIndicator.TeachersUnder3YearsShare);
        (under3.Value, under3.Source).Should().Be((25m, IndicatorSource.Report));
        criteria[EfficiencyCriterion.YoungSpecialistContests].Should().BeEquivalentTo(new { Value = 80m, Level = CriterionLevel.From80To100 }, o => o.ExcludingMissingMembers());
        criteria.Indicator(CriterionIndicator.YoungSpecialistContests).Source.Should().Be(IndicatorSource.Report);
        var presentations = criteria.Indicator(CriterionIndicator.MentorPresentations);
        (presentations.Value, presentations.Source).Should().Be((4m, IndicatorSource.Report));
        var training = criteria.Indicator(CriterionIndicator.MentorTraining);
        (training.Value, training.Level, training.Source).Should().Be((0.5m, CriterionLevel.Present, IndicatorSource.Report));
        var contest = criteria.Indicator(CriterionIndicator.MentorshipContests);
        (contest.Level, contest.Source).Should().Be((CriterionLevel.Participated, IndicatorSource.Report));
        var dynamics = criteria.Indicator(CriterionIndicator.LearningDynamics);
        (dynamics.Level, dynamics.Source).Should().Be((CriterionLevel.Stable, IndicatorSource.Report));

        // The other school of the request did not answer: its criteria come from its (empty) records.
        var silent = await Client.EfficiencyAsync(SchoolB, Year);
        silent.Indicator(CriterionIndicator.YoungSpecialistRetention).Level.Should().Be(CriterionLevel.NoData);
        silent.Indicator(CriterionIndicator.LearningDynamics).Level.Should().Be(CriterionLevel.NoData);

        // Returned for correction, the answer no longer counts.
        (await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = "Уточните данные" })).StatusCode.Should().Be(HttpStatusCode.OK);
        AsAdministrator();
        await Client.RecomputeAsync(Year, Region);
        AsMunicipalCoordinator(Municipality);
        var afterReturn = await Client.EfficiencyAsync(SchoolA, Year);
        afterReturn.Indicator(CriterionIndicator.YoungSpecialistRetention).Level.Should().Be(CriterionLevel.NoData);
        afterReturn.Indicator(CriterionIndicator.LearningDynamics).Level.Should().Be(CriterionLevel.NoData);
    }
}
