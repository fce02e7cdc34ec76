using System.Net;
using Mentorship.Application.Criteria.Commands.SetMentorshipContest;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.WebApi.FunctionalTests.Monitoring.Criteria;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>The criteria of organisations computed by the recompute job from hand-made records, indicator by indicator.</summary>
public sealed class EfficiencyTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Criteria_4_and_6_give_their_indicators_as_computed_by_hand_and_no_data_where_inputs_are_missing()
    {
        var (region, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id, "Школа с данными")).Id;
        var empty = (await Given.Organization(municipality.Id, "Школа без данных")).Id;
        var quiet = (await Given.Organization(municipality.Id, "Школа без активности")).Id;
        var contestant = (await Given.Organization(municipality.Id, "Школа-участница конкурса")).Id;
        await Given.HeadCount(school, 2024, 100, teachersUnder35: 5, youngSpecialists: 5);
        await Given.HeadCount(empty, 2024, 50);
        var programme = (await Given.Programme(school, startYear: 2024)).Id;
        var quietProgramme = (await Given.Programme(quiet, startYear: 2024)).Id;

        var teachers = await Given.People(school, 8, PersonCategory.Teacher, new DateOnly(1995, 1, 1));
        var quietMentor = await Given.Person(quiet, PersonCategory.Teacher, birthDate: new DateOnly(1980, 1, 1));
        var contestantTeacher = await Given.Person(contestant, PersonCategory.Teacher, birthDate: new DateOnly(1980, 1, 1));
        await Given.Rows(db =>
        {
            // Criterion 4: five young specialists hired in 2019–2021, four retained (4.1 = 80 %); five teachers employed
            // on 31 December 2024, one of them hired after 31 December 2021 (4.2 = 20 %).
            var t1 = new Employment(teachers[1], school, new DateOnly(2020, 9, 1), 0.5m);
            t1.End(new DateOnly(2024, 6, 30));
            var t2 = new Employment(teachers[2], school, new DateOnly(2021, 9, 1), 1m);
            t2.End(new DateOnly(2022, 6, 30));
            db.Employments.AddRange(
                new Employment(teachers[0], school, new DateOnly(2019, 9, 1), 0m),
                t1,
                t2,
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
                new ContestParticipation(contestantTeacher, 2024, null, ActivityLevel.Regional, ContestKind.MentorshipContest, "Лучшие практики наставничества", null));

            // The school's mentors: teachers 0, 5 and 7; the quiet school's one mentor.
            db.Mentors.AddRange(
                new Mentor(programme, teachers[0], 2, MentorSource.Teacher),
                new Mentor(programme, teachers[5], 2, MentorSource.Teacher),
                new Mentor(programme, teachers[7], 2, MentorSource.Teacher),
                new Mentor(quietProgramme, quietMentor, 2, MentorSource.Teacher));

            // 6.1: the mentors' talks and publications of 2024 — school 1, municipal 2, federal 1; a non-mentor's and a
            // 2023 one do not count.
            db.Publications.AddRange(
                new Publication(teachers[0], PublicationKind.Seminar, ActivityLevel.School, "Опыт наставничества", new DateOnly(2024, 3, 1)),
                new Publication(teachers[0], PublicationKind.Conference, ActivityLevel.Municipal, "Наставник и молодой педагог", new DateOnly(2024, 4, 1)),
                new Publication(teachers[5], PublicationKind.Article, ActivityLevel.Municipal, "Адаптация молодого учителя", new DateOnly(2024, 5, 1)),
                new Publication(teachers[5], PublicationKind.Conference, ActivityLevel.Federal, "Региональная модель", new DateOnly(2024, 11, 1)),
                new Publication(teachers[6], PublicationKind.Seminar, ActivityLevel.Municipal, "Не наставник", new DateOnly(2024, 3, 1)),
                new Publication(teachers[0], PublicationKind.Article, ActivityLevel.Regional, "Прошлый год", new DateOnly(2023, 12, 31)));

            // 6.2: ДПП courses of 2022–2024 — two of teacher 0; teacher 5's of 2021 and a non-mentor's do not count:
            // 2 courses for 3 mentors = 0.67 a mentor, one mentor trained.
            db.Trainings.AddRange(
                new Training(teachers[0], "Наставничество в образовательной организации", 36, new DateOnly(2023, 3, 1)),
                new Training(teachers[0], "Сопровождение молодых педагогов", 72, new DateOnly(2024, 2, 1)),
                new Training(teachers[5], "Наставничество: основы", 36, new DateOnly(2021, 12, 31)),
                new Training(teachers[6], "Не наставник", 36, new DateOnly(2024, 2, 1)));
        });

        // 6.3 from the curators: the school took part, the quiet school did not.
        AsCurator(school);
        await OkAsync<MentorshipContestDto>(await PutAsync($"{Api}/monitoring/mentorship-contests",
            new { organizationId = school, year = 2024, participated = true, contestName = "Лучшие практики наставничества" }));
        AsCurator(quiet);
        await OkAsync<MentorshipContestDto>(await PutAsync($"{Api}/monitoring/mentorship-contests", new { organizationId = quiet, year = 2024, participated = false }));
        await ProblemAsync(await PutAsync($"{Api}/monitoring/mentorship-contests", new { organizationId = school, year = 2024, participated = false }), HttpStatusCode.NotFound);

        AsAdministrator();
        (await Client.RecomputeAsync(2024)).Summary.CriterionSnapshots.Should().Be(28);

        AsRegionalCoordinator(region.Id);
        var criteria = await Client.EfficiencyAsync(school, 2024);
        criteria[EfficiencyCriterion.ProgrammeExists].Level.Should().Be(CriterionLevel.Present);
        criteria[EfficiencyCriterion.YoungTeacherRetention].Should().BeEquivalentTo(new { Value = 80m, Level = CriterionLevel.From80To100 }, o => o.ExcludingMissingMembers());
        var retention = criteria.Indicator(CriterionIndicator.YoungSpecialistRetention);
        (retention.Code, retention.Value, retention.Level, retention.Source).Should().Be(("4.1", 80m, CriterionLevel.From80To100, IndicatorSource.Records));
        (retention.Inputs!["cohort"].GetInt32(), retention.Inputs["retained"].GetInt32()).Should().Be((5, 4));
        var under3 = criteria.Indicator(CriterionIndicator.TeachersUnder3YearsShare);
        (under3.Value, under3.Level).Should().Be((20m, CriterionLevel.Figure));
        (under3.Inputs!["teachers"].GetInt32(), under3.Inputs["teachersUnder3Years"].GetInt32()).Should().Be((5, 1));
        criteria[EfficiencyCriterion.YoungSpecialistContests].Should().BeEquivalentTo(new { Value = 60m, Level = CriterionLevel.From60To79 }, o => o.ExcludingMissingMembers());

        var presentations = criteria.Indicator(CriterionIndicator.MentorPresentations);
        (presentations.Value, presentations.Level).Should().Be((4m, CriterionLevel.Figure));
        new[] { "publicationsSchool", "publicationsMunicipal", "publicationsRegional", "publicationsFederal" }.Select(k => presentations.Inputs![k].GetInt32())
            .Should().Equal(1, 2, 0, 1);
        var training = criteria.Indicator(CriterionIndicator.MentorTraining);
        (training.Value, training.Level).Should().Be((0.67m, CriterionLevel.Present));
        new[] { "mentors", "mentorTrainings", "mentorsTrained" }.Select(k => training.Inputs![k].GetInt32()).Should().Equal(3, 2, 1);
        var contest = criteria.Indicator(CriterionIndicator.MentorshipContests);
        (contest.Level, contest.Source).Should().Be((CriterionLevel.Participated, IndicatorSource.Curator));
        criteria[EfficiencyCriterion.DisseminationAndTraining].Should().BeEquivalentTo(new { Value = 4m, Level = CriterionLevel.Present }, o => o.ExcludingMissingMembers());

        // The quiet school: every indicator of criterion 6 has data and none shows activity → absent.
        var quietCriteria = await Client.EfficiencyAsync(quiet, 2024);
        quietCriteria[EfficiencyCriterion.DisseminationAndTraining].Indicators.Select(i => i.Level)
            .Should().Equal(CriterionLevel.Figure, CriterionLevel.Absent, CriterionLevel.NotParticipated);
        quietCriteria[EfficiencyCriterion.DisseminationAndTraining].Level.Should().Be(CriterionLevel.Absent);

        // A mentorship-contest record counts as participated when the curator said nothing.
        var contestantCriteria = await Client.EfficiencyAsync(contestant, 2024);
        (contestantCriteria.Indicator(CriterionIndicator.MentorshipContests).Level, contestantCriteria.Indicator(CriterionIndicator.MentorshipContests).Source)
            .Should().Be((CriterionLevel.Participated, IndicatorSource.Records));
        contestantCriteria[EfficiencyCriterion.DisseminationAndTraining].Level.Should().Be(CriterionLevel.Present);

        var none = (await Client.EfficiencyAsync(empty, 2024)).ToDictionary(c => c.Key, c => c.Value.Level);
        none.Should().Equal(new Dictionary<EfficiencyCriterion, CriterionLevel>
        {
            [EfficiencyCriterion.ProgrammeExists] = CriterionLevel.Absent,
            [EfficiencyCriterion.DeficitConditions] = CriterionLevel.NoData,
            [EfficiencyCriterion.MotivationSystem] = CriterionLevel.NoData,
            [EfficiencyCriterion.YoungTeacherRetention] = CriterionLevel.NoData,
            [EfficiencyCriterion.YoungSpecialistContests] = CriterionLevel.NoData,
            [EfficiencyCriterion.DisseminationAndTraining] = CriterionLevel.NoData,
            [EfficiencyCriterion.LearningDynamics] = CriterionLevel.NoData,
        });

        // A year never computed is "no data" throughout, indicators included, not an error.
        (await Client.EfficiencyAsync(school, 2021)).Values.Should().OnlyContain(c => c.Level == CriterionLevel.NoData && c.Indicators.All(i => i.Level == CriterionLevel.NoData));
        (await Client.GetAsync($"{Api}/monitoring/efficiency?organizationId={Guid.NewGuid()}&year=2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Recomputing_twice_gives_the_same_indicator_rows()
    {
        var school = await Given.School();
        await Given.Programme(school, startYear: 2024);

        await Client.RecomputeAsync(2024);
        var first = await QueryAsync(db => Task.FromResult(db.CriterionIndicatorSnapshots.OrderBy(s => s.Indicator).Select(s => new { s.Id, s.Indicator, s.Level }).ToList()));
        await Client.RecomputeAsync(2024);
        var second = await QueryAsync(db => Task.FromResult(db.CriterionIndicatorSnapshots.OrderBy(s => s.Indicator).Select(s => new { s.Id, s.Indicator, s.Level }).ToList()));

        first.Should().HaveCount(11);
        second.Should().Equal(first);
    }
}
