using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Roadmaps;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Roadmaps;

/// <summary>A municipality's roadmap: planned, done, submitted to the region and approved, and late items flagged by the daily job.</summary>
public sealed class RoadmapTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_municipal_roadmap_is_planned_done_approved_and_its_late_items_flagged_by_the_daily_job()
    {
        var (region, municipality) = await Given.Territory();
        var other = await Given.Municipality(region.Id, "Соседи");

        AsMunicipalCoordinator(municipality.Id);
        var created = await PostAsync($"{Api}/roadmaps", new { municipalityId = municipality.Id, title = "Дорожная карта ЦМН", academicYear = "2024/2025" });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var roadmap = await ReadAsync<RoadmapDto>(created);
        roadmap.Should().BeEquivalentTo(new { StartYear = 2024, EndYear = 2025, Status = RoadmapStatus.Draft }, o => o.ExcludingMissingMembers());
        await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", new { number = "1.1", stage = "AnalyticalConceptual", title = "Открытая сессия проектного офиса", deadline = "2024-10-20", responsible = "Управление образования" });
        roadmap = await ReadAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", new { number = "2.1", stage = "OrganisationalPreparatory", title = "База наставников", deadline = "2024-12-25" }));
        roadmap.Items.Should().HaveCount(2).And.OnlyContain(i => !i.IsOverdue);

        var first = roadmap.Items[0];
        roadmap = await ReadAsync<RoadmapDto>(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{first.Id}",
            new { number = first.Number, stage = first.Stage, title = first.Title, deadline = first.Deadline, responsible = first.Responsible, status = "Done", result = "Проведена" }));
        roadmap.Items[0].Status.Should().Be(RoadmapItemStatus.Done);
        (await ProblemAsync(await PostAsync($"{Api}/roadmaps", new { municipalityId = other.Id, title = "Чужая", academicYear = "2024/2025" }), HttpStatusCode.BadRequest))
            .Errors!.Keys.Should().Equal("municipalityId");
        (await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/submit", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ProblemAsync(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null), HttpStatusCode.Forbidden)).Code.Should().Be("roadmap_workflow.not_reviewer");

        AsRegionalCoordinator(region.Id);
        (await ReadAsync<RoadmapDto>(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null))).ApprovedAt.Should().NotBeNull();

        // Time passes: the second item's deadline is now behind us (the shared test clock only moves forward).
        await Given.Rows(db => db.RoadmapItems.Where(i => i.Title == "База наставников")
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Deadline, new DateOnly(2024, 9, 15)).SetProperty(i => i.DueDate, new DateOnly(2024, 9, 15))));
        await RunJobAsync(jobs => jobs.FlagOverdueRoadmapItemsAsync(CancellationToken.None));

        var overdue = await ReadAsync<PagedList<RoadmapDto>>(await Client.GetAsync($"{Api}/roadmaps?overdueOnly=true"));
        overdue.Items.Should().ContainSingle().Which.Items.Select(i => (i.Title, i.IsOverdue)).Should().Equal(("Открытая сессия проектного офиса", false), ("База наставников", true));

        AsMunicipalCoordinator(other.Id);
        await ProblemAsync(await Client.GetAsync($"{Api}/roadmaps/{roadmap.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<PagedList<RoadmapDto>>(await Client.GetAsync($"{Api}/roadmaps"))).TotalCount.Should().Be(0);

        AsAnalyst(region.Id);
        (await Client.GetStringAsync($"{Api}/exports/roadmaps?year=2024")).Should().Contain("База наставников").And.NotContain("Управление образования");
    }

    [Test]
    public async Task The_roadmaps_own_refusals_answer_their_code_in_russian_by_default_and_in_english_on_request()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        AsRegionalCoordinator(region.Id);

        var both = new { municipalityId = municipality.Id, organizationId = school.Id, title = "Дорожная карта", academicYear = "2024/2025" };
        var russian = await ProblemAsync(await PostAsync($"{Api}/roadmaps", both), HttpStatusCode.BadRequest);
        russian.ErrorCodes!["organizationId"].Should().Equal("roadmap.single_owner");
        russian.Errors!["organizationId"].Should().Equal("Дорожная карта принадлежит муниципалитету или организации, не обоим.");
        var english = await ProblemAsync(await SendInEnglishAsync(HttpMethod.Post, $"{Api}/roadmaps", both), HttpStatusCode.BadRequest);
        english.Errors!["organizationId"].Should().Equal("A roadmap belongs to a municipality or to an organisation, not both.");
        (await ProblemAsync(await PostAsync($"{Api}/roadmaps", new { title = "Ничья", academicYear = "2024/2025" }), HttpStatusCode.BadRequest))
            .ErrorCodes!["municipalityId"].Should().Equal("roadmap.owner_required");

        var roadmap = await ReadAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps", new { organizationId = school.Id, title = "Дорожная карта", academicYear = "2024/2025" }));
        await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", new { number = "1.1", stage = "AnalyticalConceptual", title = "Анализ", deadline = "2025-05-20" });
        (await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/submit", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await ProblemAsync(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null), HttpStatusCode.Conflict);
        again.Should().BeEquivalentTo(new { Code = "roadmap.already_approved", Detail = "Дорожная карта уже утверждена." }, o => o.ExcludingMissingMembers());
        (await ProblemAsync(await SendInEnglishAsync(HttpMethod.Post, $"{Api}/roadmaps/{roadmap.Id}/approve", null), HttpStatusCode.Conflict))
            .Detail.Should().Be("The roadmap is already approved.");
        (await ProblemAsync(await SendInEnglishAsync(HttpMethod.Delete, $"{Api}/roadmaps/{roadmap.Id}", null), HttpStatusCode.Conflict))
            .Should().BeEquivalentTo(new { Code = "roadmap.approved_not_deletable", Detail = "An approved roadmap cannot be deleted." }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public async Task A_closed_item_stays_closed_and_an_item_of_another_roadmap_is_not_found()
    {
        var (_, municipality) = await Given.Territory();
        AsMunicipalCoordinator(municipality.Id);
        var first = await ReadAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps", new { municipalityId = municipality.Id, title = "Первая", academicYear = "2024/2025" }));
        var second = await ReadAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps", new { municipalityId = municipality.Id, title = "Вторая", academicYear = "2024/2025" }));
        var item = (await ReadAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{first.Id}/items", new { number = "1.1", stage = "AnalyticalConceptual", title = "Анализ", deadline = "2025-05-20" }))).Items.Single();
        var fields = new { number = item.Number, stage = item.Stage, title = item.Title, deadline = item.Deadline, status = "Cancelled" };

        (await ProblemAsync(await PutAsync($"{Api}/roadmaps/{second.Id}/items/{item.Id}", fields), HttpStatusCode.NotFound)).Code.Should().Be("common.not_found");
        (await PutAsync($"{Api}/roadmaps/{first.Id}/items/{item.Id}", fields)).StatusCode.Should().Be(HttpStatusCode.OK);
        var closed = await ProblemAsync(await PutAsync($"{Api}/roadmaps/{first.Id}/items/{item.Id}", fields with { status = "Done" }), HttpStatusCode.Conflict);
        closed.Should().BeEquivalentTo(new { Code = "roadmap.item_closed", Detail = "Пункт уже закрыт (статус: отменён)." }, o => o.ExcludingMissingMembers());
        closed.ErrorCodes!["status"].Should().Equal("roadmap.item_closed");
    }
}
