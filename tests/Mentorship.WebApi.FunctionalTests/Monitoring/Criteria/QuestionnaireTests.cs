using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Criteria;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Criteria;

/// <summary>Criteria 2 and 3 from the teacher questionnaire: teachers' own answers and a curator's paper answers, recomputed by the job.</summary>
public sealed class QuestionnaireTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly DateOnly Born = new(1990, 3, 1);

    [Test]
    public async Task Teachers_and_paper_answers_give_criteria_2_and_3_with_ties_to_the_lower_level_and_a_replay_counted_once()
    {
        var (region, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id, "Школа с анкетой")).Id;
        var other = (await Given.Organization(municipality.Id, "Школа без анкеты")).Id;
        var teachers = await Given.People(school, 3, PersonCategory.Teacher, Born);
        var otherTeacher = (await Given.People(other, 1, PersonCategory.Teacher, Born))[0];

        AsCurator(school);
        var questionnaire = await Client.OpenQuestionnaireAsync(school, 2024);
        (await Client.PostAsJsonAsync($"{Api}/questionnaires", new { organizationId = school, year = 2024 }, Json)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        // Teacher 1 answers, then changes the answer: only the second one counts.
        AsMentor(teachers[0]);
        (await Client.AnswerAsync(questionnaire.Id, "Available", "Effective")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.AnswerAsync(questionnaire.Id, "Unavailable", "Effective", "Ineffective")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        AsMentee(teachers[1]);
        (await Client.AnswerAsync(questionnaire.Id, "Available", "Ineffective")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        AsMentor(teachers[2]);
        (await Client.AnswerAsync(questionnaire.Id, "Unavailable", null, "Effective")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        // A teacher of another organisation is told the questionnaire does not exist; nothing is recorded.
        AsMentor(otherTeacher);
        await ProblemAsync(await Client.AnswerAsync(questionnaire.Id, "None", "None", "None"), HttpStatusCode.NotFound);

        AsCurator(school);
        object[] paper = [new { deficitConditions = "Available", materialMotivation = "None" }, new { deficitConditions = "None", materialMotivation = "Ineffective", nonMaterialMotivation = "Effective" }];
        var entered = await OkAsync<QuestionnaireDto>(await Client.PaperAnswersAsync(questionnaire.Id, "paper-2024-1", paper));
        var replay = await Client.PaperAnswersAsync(questionnaire.Id, "paper-2024-1", paper);
        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await OkAsync<QuestionnaireDto>(replay)).Should().BeEquivalentTo(entered);

        // 2.1: available 2, unavailable 2, none 1 — a tie, to the lower level. 3.1: effective 1, ineffective 2, none 1.
        // 3.2: effective 2, ineffective 1. Criterion 3 is the lower of 3.1 and 3.2.
        var counted = await OkAsync<QuestionnaireDto>(await Client.GetAsync($"{Api}/questionnaires/{questionnaire.Id}"));
        counted.Respondents.Should().Be(5);
        counted.DeficitConditions.Should().Equal(new Dictionary<string, int> { ["available"] = 2, ["unavailable"] = 2, ["none"] = 1 });
        counted.MaterialMotivation.Should().Equal(new Dictionary<string, int> { ["effective"] = 1, ["ineffective"] = 2, ["none"] = 1 });
        counted.NonMaterialMotivation.Should().Equal(new Dictionary<string, int> { ["effective"] = 2, ["ineffective"] = 1, ["none"] = 0 });

        AsAdministrator();
        (await Client.RecomputeAsync(2024)).Summary.CriterionSnapshots.Should().Be(14);

        AsCurator(school);
        var criteria = await Client.EfficiencyAsync(school, 2024);
        criteria[EfficiencyCriterion.DeficitConditions].Level.Should().Be(CriterionLevel.Unavailable);
        criteria.Indicator(CriterionIndicator.DeficitConditions).Should().BeEquivalentTo(new
        {
            Code = "2.1",
            Level = CriterionLevel.Unavailable,
            Source = IndicatorSource.Questionnaire,
            Distribution = new Dictionary<string, int> { ["available"] = 2, ["unavailable"] = 2, ["none"] = 1 },
        }, o => o.ExcludingMissingMembers());
        criteria.Indicator(CriterionIndicator.MaterialMotivation).Level.Should().Be(CriterionLevel.Ineffective);
        criteria.Indicator(CriterionIndicator.NonMaterialMotivation).Level.Should().Be(CriterionLevel.Effective);
        criteria[EfficiencyCriterion.MotivationSystem].Level.Should().Be(CriterionLevel.Ineffective);

        // No respondents: no data, not "none".
        AsRegionalCoordinator(region.Id);
        var none = await Client.EfficiencyAsync(other, 2024);
        none[EfficiencyCriterion.DeficitConditions].Level.Should().Be(CriterionLevel.NoData);
        none[EfficiencyCriterion.MotivationSystem].Level.Should().Be(CriterionLevel.NoData);
        none.Indicator(CriterionIndicator.MaterialMotivation).Distribution.Should().Equal(new Dictionary<string, int> { ["effective"] = 0, ["ineffective"] = 0, ["none"] = 0 });
    }

    [Test]
    public async Task A_closed_questionnaire_takes_no_more_answers_and_another_organisations_staff_do_not_find_it()
    {
        var (_, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id)).Id;
        var other = (await Given.Organization(municipality.Id)).Id;
        var teacher = await Given.Person(school, PersonCategory.Teacher, birthDate: Born);

        AsCurator(school);
        var questionnaire = await Client.OpenQuestionnaireAsync(school, 2024);
        (await OkAsync<QuestionnaireDto>(await Client.PostAsync($"{Api}/questionnaires/{questionnaire.Id}/close", null))).ClosedAt.Should().NotBeNull();

        AsMentor(teacher);
        (await ProblemAsync(await Client.AnswerAsync(questionnaire.Id, "Available"), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.Criteria.QuestionnaireClosed);

        AsCurator(other);
        await ProblemAsync(await Client.GetAsync($"{Api}/questionnaires/{questionnaire.Id}"), HttpStatusCode.NotFound);
        (await OkAsync<Application.Common.Models.PagedList<QuestionnaireDto>>(await Client.GetAsync($"{Api}/questionnaires?year=2024"))).TotalCount.Should().Be(0);
        await ProblemAsync(await Client.PostAsJsonAsync($"{Api}/questionnaires", new { organizationId = school, year = 2025 }, Json), HttpStatusCode.NotFound);
    }
}
