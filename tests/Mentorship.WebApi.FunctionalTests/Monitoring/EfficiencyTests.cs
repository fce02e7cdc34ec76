using System.Net;
using Mentorship.Application.Monitoring.Queries;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Application.Monitoring.Queries.GetRequestsMap;
using Mentorship.Application.Monitoring.Queries.GetStaleGroups;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>The seven criteria of an organisation computed by the recompute job from hand-made data.</summary>
public sealed class EfficiencyTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly DateTimeOffset Answered = new(2024, 5, 20, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_seven_criteria_have_their_levels_inputs_and_no_data_where_inputs_are_missing()
    {
        var (region, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id, "Школа с данными")).Id;
        var empty = (await Given.Organization(municipality.Id, "Школа без данных")).Id;
        await Given.HeadCount(school, 2024, 100, teachersUnder35: 5, youngSpecialists: 5);
        await Given.HeadCount(empty, 2024, 50);
        await Given.Programme(school, startYear: 2024);

        var teachers = await Given.People(school, 7, PersonCategory.Teacher, new DateOnly(1995, 1, 1));
        await Given.Rows(db =>
        {
            // Criterion 4: five young specialists hired in 2019–2021, four retained (80 %).
            var t2 = new Employment(teachers[1], school, new DateOnly(2020, 9, 1), 0.5m);
            t2.End(new DateOnly(2024, 6, 30));
            var t3 = new Employment(teachers[2], school, new DateOnly(2021, 9, 1), 1m);
            t3.End(new DateOnly(2022, 6, 30));
            db.Employments.AddRange(
                new Employment(teachers[0], school, new DateOnly(2019, 9, 1), 0m),
                t2,
                t3,
                new Employment(teachers[3], school, new DateOnly(2021, 9, 1), 2m),
                new Employment(teachers[4], school, new DateOnly(2019, 9, 1), 0m),
                new Employment(teachers[5], school, new DateOnly(2010, 9, 1), 10m),
                new Employment(teachers[6], school, new DateOnly(2023, 9, 1), 0m));

            // Criterion 5: three participations of the young specialist hired in 2023, of five young specialists (60 %).
            db.ContestParticipations.AddRange(
                new ContestParticipation(teachers[6], 2024, null, ActivityLevel.School, ContestKind.ProfessionalContest, "Педагогический дебют", null),
                new ContestParticipation(teachers[6], 2024, null, ActivityLevel.Municipal, ContestKind.ProfessionalContest, "Учитель года", null),
                new ContestParticipation(teachers[6], 2024, null, ActivityLevel.Municipal, ContestKind.ProfessionalContest, "Молодой педагог", null),
                new ContestParticipation(teachers[6], 2024, null, ActivityLevel.Regional, ContestKind.ProfessionalContest, "Региональный", null),
                new ContestParticipation(teachers[0], 2024, null, ActivityLevel.School, ContestKind.ProfessionalContest, "Не молодой", null));

            // Criterion 6: one municipal publication.
            db.Publications.Add(new Publication(teachers[0], PublicationKind.Seminar, ActivityLevel.Municipal, "Опыт наставничества", new DateOnly(2024, 3, 1)));

            // Criterion 2: a tie of 2 and 2 goes to the lower level; criterion 7: three positive, one negative.
            db.CriterionAnswers.AddRange(
                new CriterionAnswer(school, 2024, EfficiencyCriterion.DeficitConditions, CriterionLevel.Available, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.DeficitConditions, CriterionLevel.Available, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.DeficitConditions, CriterionLevel.Unavailable, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.DeficitConditions, CriterionLevel.Unavailable, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.LearningDynamics, CriterionLevel.Positive, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.LearningDynamics, CriterionLevel.Positive, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.LearningDynamics, CriterionLevel.Positive, Answered),
                new CriterionAnswer(school, 2024, EfficiencyCriterion.LearningDynamics, CriterionLevel.Negative, Answered),
                new CriterionAnswer(school, 2023, EfficiencyCriterion.MotivationSystem, CriterionLevel.Effective, Answered));
        });

        (await Client.RecomputeAsync(2024)).Summary.CriterionSnapshots.Should().Be(14);

        AsRegionalCoordinator(region.Id);
        var criteria = (await ReadAsync<EfficiencyDto>(await Client.GetAsync($"{Api}/monitoring/efficiency?organizationId={school}&year=2024"))).Criteria
            .ToDictionary(c => c.Criterion);
        criteria[EfficiencyCriterion.ProgrammeExists].Level.Should().Be(CriterionLevel.Present);
        criteria[EfficiencyCriterion.DeficitConditions].Level.Should().Be(CriterionLevel.Unavailable);
        criteria[EfficiencyCriterion.MotivationSystem].Level.Should().Be(CriterionLevel.NoData);
        criteria[EfficiencyCriterion.YoungTeacherRetention].Value.Should().Be(80m);
        criteria[EfficiencyCriterion.YoungTeacherRetention].Level.Should().Be(CriterionLevel.From80To100);
        criteria[EfficiencyCriterion.YoungTeacherRetention].Inputs!["cohort"].GetInt32().Should().Be(5);
        criteria[EfficiencyCriterion.YoungTeacherRetention].Inputs!["teachers"].GetInt32().Should().Be(5);
        criteria[EfficiencyCriterion.YoungTeacherRetention].Inputs!["teachersUnder3Years"].GetInt32().Should().Be(1);
        criteria[EfficiencyCriterion.YoungSpecialistContests].Value.Should().Be(60m);
        criteria[EfficiencyCriterion.YoungSpecialistContests].Level.Should().Be(CriterionLevel.From60To79);
        criteria[EfficiencyCriterion.DisseminationAndTraining].Value.Should().Be(1m);
        criteria[EfficiencyCriterion.DisseminationAndTraining].Level.Should().Be(CriterionLevel.Present);
        criteria[EfficiencyCriterion.LearningDynamics].Level.Should().Be(CriterionLevel.Positive);

        var none = (await ReadAsync<EfficiencyDto>(await Client.GetAsync($"{Api}/monitoring/efficiency?organizationId={empty}&year=2024"))).Criteria
            .ToDictionary(c => c.Criterion, c => c.Level);
        none.Should().Equal(new Dictionary<EfficiencyCriterion, CriterionLevel>
        {
            [EfficiencyCriterion.ProgrammeExists] = CriterionLevel.Absent,
            [EfficiencyCriterion.DeficitConditions] = CriterionLevel.NoData,
            [EfficiencyCriterion.MotivationSystem] = CriterionLevel.NoData,
            [EfficiencyCriterion.YoungTeacherRetention] = CriterionLevel.NoData,
            [EfficiencyCriterion.YoungSpecialistContests] = CriterionLevel.NoData,
            [EfficiencyCriterion.DisseminationAndTraining] = CriterionLevel.Absent,
            [EfficiencyCriterion.LearningDynamics] = CriterionLevel.NoData,
        });

        // A year never computed is "no data" throughout, not an error.
        (await ReadAsync<EfficiencyDto>(await Client.GetAsync($"{Api}/monitoring/efficiency?organizationId={school}&year=2021"))).Criteria
            .Should().OnlyContain(c => c.Level == CriterionLevel.NoData);
        (await Client.GetAsync($"{Api}/monitoring/efficiency?organizationId={Guid.NewGuid()}&year=2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
