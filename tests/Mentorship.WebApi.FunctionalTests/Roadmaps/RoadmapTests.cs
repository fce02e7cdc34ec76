using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Roadmaps;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Roadmaps;

/// <summary>A municipality's roadmap: planned, done, approved, and late items flagged by the daily job.</summary>
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
        await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", new { stage = "AnalyticalConceptual", title = "Открытая сессия проектного офиса", deadline = "2024-10-20", responsible = "Управление образования" });
        roadmap = await ReadAsync<RoadmapDto>(await PostAsync($"{Api}/roadmaps/{roadmap.Id}/items", new { stage = "OrganisationalPreparatory", title = "База наставников", deadline = "2024-12-25" }));
        roadmap.Items.Should().HaveCount(2).And.OnlyContain(i => !i.IsOverdue);

        var first = roadmap.Items[0];
        roadmap = await ReadAsync<RoadmapDto>(await PutAsync($"{Api}/roadmaps/{roadmap.Id}/items/{first.Id}",
            new { stage = first.Stage, title = first.Title, deadline = first.Deadline, responsible = first.Responsible, status = "Done", result = "Проведена" }));
        roadmap.Items[0].Status.Should().Be(RoadmapItemStatus.Done);
        (await ProblemAsync(await PostAsync($"{Api}/roadmaps", new { municipalityId = other.Id, title = "Чужая", academicYear = "2024/2025" }), HttpStatusCode.BadRequest))
            .Errors!.Keys.Should().Equal("municipalityId");
        (await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        AsRegionalCoordinator(region.Id);
        (await ReadAsync<RoadmapDto>(await Client.PostAsync($"{Api}/roadmaps/{roadmap.Id}/approve", null))).ApprovedAt.Should().NotBeNull();

        // Time passes: the second item's deadline is now behind us (the shared test clock only moves forward).
        await Given.Rows(db => db.RoadmapItems.Where(i => i.Title == "База наставников")
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Deadline, new DateOnly(2024, 9, 15))));
        await RunJobAsync(jobs => jobs.FlagOverdueRoadmapItemsAsync(CancellationToken.None));

        var overdue = await ReadAsync<PagedList<RoadmapDto>>(await Client.GetAsync($"{Api}/roadmaps?overdueOnly=true"));
        overdue.Items.Should().ContainSingle().Which.Items.Select(i => (i.Title, i.IsOverdue)).Should().Equal(("База наставников", true), ("Открытая сессия проектного офиса", false));

        AsMunicipalCoordinator(other.Id);
        await ProblemAsync(await Client.GetAsync($"{Api}/roadmaps/{roadmap.Id}"), HttpStatusCode.NotFound);
        (await ReadAsync<PagedList<RoadmapDto>>(await Client.GetAsync($"{Api}/roadmaps"))).TotalCount.Should().Be(0);

        AsAnalyst(region.Id);
        (await Client.GetStringAsync($"{Api}/exports/roadmaps?year=2024")).Should().Contain("База наставников").And.NotContain("Управление образования");
    }
}
