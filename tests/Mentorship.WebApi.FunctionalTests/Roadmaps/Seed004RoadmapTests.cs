using System.Net;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Roadmaps;

/// <summary>
/// Seed 004's roadmap (приложение № 1 к приказу управления образования г. Армавир): its items 1.1–1.4 entered as the
/// seed writes them, submitted by the school, returned and approved by the municipal coordinator, and the daily job
/// flagging the «Ежемесячно» item once its month has passed.
/// </summary>
public sealed class Seed004RoadmapTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string Title = "План первоочередных мероприятий (дорожная карта) по управлению процессом внедрения и реализации целевой модели наставничества";

    // The seed's table: «№ п/п», «Мероприятие», «Сроки / место проведения» (the term, then the place), «Результат».
    // Paragraphs the conversion marked with <p> are kept as lines.
    private static readonly SeedItem[] SeedItems =
    [
        new("1.3", "Организационное совещание с директорами (заместителями директоров по учебной, учебно-методической работе) по апробации методологии в образовательных организациях",
            "До 30 апреля 2020 года", "Селектор",
            "Доведение до сведения целевой аудитории приказа управления образования администрации муниципального образования город Армавир от 10 марта 2020 года № 240 «О создании муниципального проектного офиса по внедрению проекта «Целевая модель наставничества» для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным программам»: 1.Об утверждении состава муниципального\nпроектного офиса по внедрению проекта «Целевая модель наставничества».\n2. О целях, задачах и содержании концепции «Целевая модель наставничества», разработанной министерством просвещения Российской Федерации."),
        new("1.1", "Открытая сессия муниципального проектного офиса", "12 марта 2020 года", null, "Проведение заседания. Анализ условий внедрения целевой модели."),
        new("1.4", "Проведение обучающего семинара по теме «О внедрении проекта «Целевая модель наставничества» в ОО", "Май 2020 года", null,
            "1. Презентация проекта «Целевая модель наставничества».\n2. О документах для реализации модели наставничества:\nПриказ о внедрении целевой модели наставничества;\nПротокол заседания педагогического совета о внедрении целевой модели наставничества;\nПриказ об утверждении Плана реализации проекта «Целевая модель наставничества»;\nПоложение о наставничестве;\nПриказ об утверждении Положения о наставничестве;\nПриказ о назначении куратора (-ов) и наставника (-ов) проекта;\nПриказ о закреплении наставнических пар/групп;\nПриказ о проведении итогового мероприятия по проекту «Целевая модель наставничества»."),
        new("1.2", "Формирование рабочей группы по сопровождению проекта «Целевая модель наставничества», проведение заседаний рабочей группы", "Ежемесячно",
            "Управление образования", "Организация рабочей группы и распределение зон ответственности."),
    ];

    [Test]
    public async Task Seed_004s_items_are_kept_as_written_and_read_back_in_their_numbers_order()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        AsCurator(school.Id);

        var roadmap = await EnterSeedRoadmapAsync(school.Id);

        roadmap = await OkAsync<RoadmapDto>(await Client.GetAsync($"{Api}/roadmaps/{roadmap.Id}"));
        roadmap.Should().BeEquivalentTo(new { Title, StartYear = 2020, EndYear = 2024, AcademicYear = (object?)null, Status = RoadmapStatus.Draft }, o => o.ExcludingMissingMembers());
        roadmap.Items.Select(i => i.Number).Should().Equal("1.1", "1.2", "1.3", "1.4");
        roadmap.Items.Should().AllSatisfy(i => i.Stage.Should().Be(RoadmapStage.AnalyticalConceptual));
        foreach (var sent in SeedItems)
        {
            roadmap.Items.Single(i => i.Number == sent.Number).Should().BeEquivalentTo(sent, o => o.ExcludingMissingMembers());
        }

        // 1.1, 1.3 and 1.4 are one-off terms of 2020, long past on the test clock (1 October 2024): overdue at once. «Ежемесячно»
        // is counted from the day it was planned: its first occurrence is due at the end of October 2024.
        roadmap.Items.Select(i => (i.ScheduleKind, i.IsRecurring, i.Deadline, i.DueDate, i.IsOverdue)).Should().Equal(
            (RoadmapScheduleKind.Date, false, new DateOnly(2020, 3, 12), new DateOnly(2020, 3, 12), true),
            (RoadmapScheduleKind.Monthly, true, null, new DateOnly(2024, 10, 31), false),
            (RoadmapScheduleKind.Date, false, new DateOnly(2020, 4, 30), new DateOnly(2020, 4, 30), true),
            (RoadmapScheduleKind.Month, false, new DateOnly(2020, 5, 31), new DateOnly(2020, 5, 31), true));

        var taken = await ProblemAsync(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", SeedItems[1]), HttpStatusCode.Conflict);
        taken.ErrorCodes!["number"].Should().Equal("roadmap_workflow.item_number_taken");
        var outside = await ProblemAsync(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items",
            new { number = "1.5", stage = "AnalyticalConceptual", title = "Интернет-площадка", term = "1 сентября 2019 года" }), HttpStatusCode.BadRequest);
        outside.ErrorCodes!["term"].Should().Equal("roadmap_workflow.term_outside_period");
        var unread = await OkAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items",
            new { number = "2.1", stage = "OrganisationalPreparatory", title = "Согласование дорожных карт ОО", term = "По отдельному плану" }));
        unread.Items.Single(i => i.Number == "2.1").Should().BeEquivalentTo(new { Term = "По отдельному плану", ScheduleKind = RoadmapScheduleKind.NoFixedDate, DueDate = (DateOnly?)null, IsOverdue = false },
            o => o.ExcludingMissingMembers());
        (await ProblemAsync(await PostAsync($"{Api}/roadmaps", new { organizationId = school.Id, title = Title, startYear = 2024, endYear = 2020 }), HttpStatusCode.BadRequest))
            .ErrorCodes!["endYear"].Should().Equal("roadmap_workflow.period_invalid");
    }

    [Test]
    public async Task A_schools_roadmap_is_submitted_returned_with_a_comment_resubmitted_and_approved_by_its_municipal_coordinator()
    {
        var (region, municipality) = await Given.Territory();
        var other = await Given.Municipality(region.Id, "Соседний район");
        var school = await Given.Organization(municipality.Id);
        AsCurator(school.Id);
        var roadmap = await EnterSeedRoadmapAsync(school.Id);
        var monthly = roadmap.Items.Single(i => i.Number == "1.2");

        (await OkAsync<RoadmapDto>(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/submit", null))).Status.Should().Be(RoadmapStatus.Submitted);
        (await ProblemAsync(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{monthly.Id}", ItemFields(monthly) with { Place = "Школа" }), HttpStatusCode.Conflict))
            .Code.Should().Be("roadmap_workflow.not_editable");
        (await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        AsMunicipalCoordinator(other.Id);
        await ProblemAsync(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/return", new { comment = "Чужая" }), HttpStatusCode.NotFound);

        AsMunicipalCoordinator(municipality.Id);
        (await OkAsync<Application.Common.Models.PagedList<RoadmapDto>>(await Client.GetAsync($"{Api}/roadmaps?status=Submitted&year=2022"))).Items.Select(r => r.Id).Should().Equal(roadmap.Id);
        (await ProblemAsync(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/return", new { comment = " " }), HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("comment");
        var returned = await OkAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/return", new { comment = "Укажите место проведения пункта 1.1" }));
        returned.Should().BeEquivalentTo(new { Status = RoadmapStatus.Returned, ReturnComment = "Укажите место проведения пункта 1.1", ReturnedOn = new DateOnly(2024, 10, 1) },
            o => o.ExcludingMissingMembers());

        AsCurator(school.Id);
        var first = returned.Items[0];
        (await OkAsync<RoadmapDto>(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{first.Id}", ItemFields(first) with { Place = "Управление образования" })))
            .Items[0].Place.Should().Be("Управление образования");
        (await OkAsync<RoadmapDto>(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/submit", null))).Status.Should().Be(RoadmapStatus.Submitted);

        AsMunicipalCoordinator(municipality.Id);
        var approved = await OkAsync<RoadmapDto>(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null));
        approved.Status.Should().Be(RoadmapStatus.Approved);
        approved.ApprovedAt.Should().NotBeNull();

        // The approved plan is fixed; what comes of it is still recorded.
        AsCurator(school.Id);
        (await ProblemAsync(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{first.Id}", ItemFields(first) with { Title = "Другое" }), HttpStatusCode.Conflict))
            .Code.Should().Be("roadmap_workflow.not_editable");
        (await ProblemAsync(await PutAsync($"{Api}/roadmaps/{roadmap.Id}", new { title = "Другая", startYear = 2020, endYear = 2025 }), HttpStatusCode.Conflict))
            .Code.Should().Be("roadmap_workflow.not_editable");
        await ProblemAsync(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items",
            new { number = "1.5", stage = "AnalyticalConceptual", title = "Создание интернет-площадки проекта «Целевая модель наставничества»", term = "1 сентября 2020 года" }), HttpStatusCode.Conflict);
        await ProblemAsync(await Client.DeleteAsync($"{Api}/roadmaps/{roadmap.Id}/items/{first.Id}"), HttpStatusCode.Conflict);
        var done = await OkAsync<RoadmapDto>(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{first.Id}",
            ItemFields(first) with { Place = "Управление образования", Status = "Done", Result = "Сессия проведена 12.03.2020" }));
        done.Items[0].Should().BeEquivalentTo(new { Status = RoadmapItemStatus.Done, Result = "Сессия проведена 12.03.2020", IsOverdue = false }, o => o.ExcludingMissingMembers());

        var audit = await QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityId == roadmap.Id).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Details).ToListAsync());
        audit.Should().Equal("roadmap.created", "roadmap.submitted", "roadmap.returned: Укажите место проведения пункта 1.1", "roadmap.resubmitted", "roadmap.approved");
    }

    [Test]
    public async Task Two_approvals_at_once_let_one_through()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        AsCurator(school.Id);
        var roadmap = await EnterSeedRoadmapAsync(school.Id);
        await OkAsync<RoadmapDto>(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/submit", null));

        AsMunicipalCoordinator(municipality.Id);
        var answers = await Task.WhenAll(Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null), Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null));

        answers.Select(a => a.StatusCode).Should().ContainSingle(s => s == HttpStatusCode.OK)
            .And.ContainSingle(s => s == HttpStatusCode.Conflict || s == HttpStatusCode.PreconditionFailed);
        (await QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityId == roadmap.Id && a.Details == "roadmap.approved"))).Should().Be(1);
    }

    [Test]
    public async Task The_daily_job_flags_the_monthly_item_once_its_month_has_passed_and_a_completed_occurrence_moves_it_on()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        AsCurator(school.Id);
        var roadmap = await EnterSeedRoadmapAsync(school.Id);
        var annual = await OkAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items",
            new { number = "3.2", stage = "ReflexiveAnalytical", title = "Популяризация лучшей практики по наставничеству", term = "Ежегодно" }));
        annual.Items.Single(i => i.Number == "3.2").DueDate.Should().Be(new DateOnly(2024, 12, 31));

        // A month later: October's occurrence of «Ежемесячно» is behind us, the year's «Ежегодно» is still ahead.
        Factory.Clock.Advance(TimeSpan.FromDays(31));
        await RunJobAsync(jobs => jobs.FlagOverdueRoadmapItemsAsync(CancellationToken.None));

        AsCurator(school.Id);
        var read = await OkAsync<RoadmapDto>(await Client.GetAsync($"{Api}/roadmaps/{roadmap.Id}"));
        read.Items.Select(i => (i.Number, i.Term, i.DueDate, i.IsOverdue)).Should().Equal(
            ("1.1", "12 марта 2020 года", new DateOnly(2020, 3, 12), true),
            ("1.2", "Ежемесячно", new DateOnly(2024, 10, 31), true),
            ("1.3", "До 30 апреля 2020 года", new DateOnly(2020, 4, 30), true),
            ("1.4", "Май 2020 года", new DateOnly(2020, 5, 31), true),
            ("3.2", "Ежегодно", new DateOnly(2024, 12, 31), false));

        // The working group met for October: that occurrence is done, November's is next and the item stays in progress.
        var monthly = read.Items[1];
        var moved = (await OkAsync<RoadmapDto>(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{monthly.Id}",
            ItemFields(monthly) with { Status = "Done", Result = "Заседание рабочей группы 30.10.2024" }))).Items[1];
        moved.Should().BeEquivalentTo(new
        {
            Status = RoadmapItemStatus.InProgress, DueDate = new DateOnly(2024, 11, 30), OccurrencesDone = 1, IsOverdue = false,
            Result = "Заседание рабочей группы 30.10.2024", CompletedOn = new DateOnly(2024, 11, 1),
        }, o => o.ExcludingMissingMembers());
        await RunJobAsync(jobs => jobs.FlagOverdueRoadmapItemsAsync(CancellationToken.None));
        (await OkAsync<RoadmapDto>(await Client.GetAsync($"{Api}/roadmaps/{roadmap.Id}"))).Items[1].IsOverdue.Should().BeFalse();

        AsAnalyst(region.Id);
        var export = await Client.GetStringAsync($"{Api}/exports/roadmaps?year=2022");
        export.Should().Contain("Ежемесячно").And.Contain("2020–2024").And.Contain("Управление образования").And.Contain("1.4");
    }

    private async Task<RoadmapDto> EnterSeedRoadmapAsync(Guid schoolId)
    {
        var roadmap = await OkAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps", new { organizationId = schoolId, title = Title, startYear = 2020, endYear = 2024 }), HttpStatusCode.Created);
        foreach (var item in SeedItems)
        {
            roadmap = await OkAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", item));
        }

        return roadmap;
    }

    /// <summary>An item's plan as read, to send back with a change (a term item is sent with its term, not its parsed date).</summary>
    private static ItemBody ItemFields(RoadmapItemDto item) =>
        new(item.Number, item.Stage, item.Title, item.Term, item.Term is null ? item.Deadline : null, item.Place, item.Responsible, item.PlannedResult, null, null);

    /// <summary>An item of seed 004's table: number, measure, term, place and planned result; all of stage 1.</summary>
    private sealed record SeedItem(string Number, string Title, string Term, string? Place, string PlannedResult, RoadmapStage Stage = RoadmapStage.AnalyticalConceptual);

    private sealed record ItemBody(
        string Number, RoadmapStage Stage, string Title, string? Term, DateOnly? Deadline, string? Place, string? Responsible, string? PlannedResult, string? Status, string? Result);
}
