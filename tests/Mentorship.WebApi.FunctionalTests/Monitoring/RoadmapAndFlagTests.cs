using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Application.Monitoring.Queries.GetRequestsMap;
using Mentorship.Application.Monitoring.Queries.GetStaleGroups;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Application.Roadmaps;
using Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;
using Mentorship.Application.Roadmaps.Commands.ApproveRoadmap;
using Mentorship.Application.Roadmaps.Commands.CreateRoadmap;
using Mentorship.Application.Roadmaps.Commands.DeleteRoadmap;
using Mentorship.Application.Roadmaps.Commands.FlagOverdueRoadmapItems;
using Mentorship.Application.Roadmaps.Commands.RemoveRoadmapItem;
using Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;
using Mentorship.Application.Roadmaps.Commands.UpdateRoadmapItem;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Application.Roadmaps.Queries.GetRoadmaps;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Roadmaps;
using Mentorship.Infrastructure.Jobs;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>Roadmaps with their items, and the daily jobs that flag overdue items and pairs/groups without meetings.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class RoadmapAndFlagTests(DatabaseProvider provider) : MonitoringTestBase(provider)
{
    [Test]
    public async Task A_municipal_roadmap_is_planned_done_approved_and_its_late_items_flagged_by_the_daily_job()
    {
        var (region, municipality) = await CreateTerritoryAsync();
        var other = await CreateMunicipalityAsync(region.Id, "Соседи");

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
        await WithDbAsync(db => db.RoadmapItems.Where(i => i.Title == "База наставников")
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

    [Test]
    public async Task Pairs_without_a_meeting_for_30_days_are_listed_for_their_curator_and_counted()
    {
        var (region, municipality) = await CreateTerritoryAsync();
        var school = (await CreateOrganizationAsync(municipality.Id)).Id;
        var otherSchool = (await CreateOrganizationAsync(municipality.Id)).Id;
        var programme = await AddProgrammeAsync(school, 2024);
        var people = await AddPeopleAsync(school, 4, PersonCategory.Pupil, new DateOnly(2009, 1, 1));
        var quiet = await AddGroupAsync(programme, people[0], [people[1]], new DateOnly(2024, 6, 1), format: MentoringFormat.OneToOne);
        var busy = await AddGroupAsync(programme, people[2], [people[3]], new DateOnly(2024, 6, 1), format: MentoringFormat.OneToOne);
        await WithDbAsync(async db =>
        {
            db.Meetings.Add(new Meeting(quiet, new DateTimeOffset(2024, 8, 1, 15, 0, 0, TimeSpan.Zero), 45, MeetingKind.Regular, "Цели", null));
            db.Meetings.Add(new Meeting(busy, new DateTimeOffset(2024, 9, 20, 15, 0, 0, TimeSpan.Zero), 45, MeetingKind.Regular, "Цели", null));
            await db.SaveChangesAsync();
        });

        await RunJobAsync(jobs => jobs.FlagStaleGroupsAsync(CancellationToken.None));
        await RunJobAsync(jobs => jobs.FlagStaleGroupsAsync(CancellationToken.None));

        AsCurator(school);
        var stale = await ReadAsync<PagedList<StaleGroupDto>>(await Client.GetAsync($"{Api}/monitoring/stale-groups"));
        stale.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { GroupId = quiet, DaysWithoutMeeting = 61 }, o => o.ExcludingMissingMembers());

        AsCurator(otherSchool);
        (await ReadAsync<PagedList<StaleGroupDto>>(await Client.GetAsync($"{Api}/monitoring/stale-groups"))).TotalCount.Should().Be(0);

        AsAdministrator();
        await RecomputeAsync(2024, region.Id);
        var counted = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?indicator=StaleGroups&year=2024&pageSize=200"));
        counted.Items.Select(i => (i.Level, i.Value)).Should().BeEquivalentTo([(MonitoringLevel.Organization, 1m), (MonitoringLevel.Municipality, 1m), (MonitoringLevel.Region, 1m)]);
    }

    private async Task RunJobAsync(Func<MonitoringJobs, Task> job)
    {
        // The daily jobs run outside any request, as Hangfire runs them: as the system.
        await using var scope = Factory.Services.CreateAsyncScope();
        await job(scope.ServiceProvider.GetRequiredService<MonitoringJobs>());
    }
}
