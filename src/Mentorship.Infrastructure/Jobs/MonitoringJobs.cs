using Hangfire;
using MediatR;
using Mentorship.Application.Monitoring.Commands.FlagStaleGroups;
using Mentorship.Application.Monitoring.Commands.Recompute;
using Mentorship.Application.Monitoring.Commands.RecomputeRegion;
using Mentorship.Application.Roadmaps.Commands.FlagOverdueRoadmapItems;
using Mentorship.Domain.Monitoring;
using Mentorship.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>
/// The background jobs of monitoring. Hangfire activates them in a scope of their own with no HTTP request, so the
/// current user is the system and sees every region. Each job is idempotent; a failed one is retried.
/// </summary>
public sealed class MonitoringJobs(
    ApplicationDbContext db,
    IMediator mediator,
    IBackgroundJobClient client,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<MonitoringJobs> logger)
{
    /// <summary>A region claimed this long ago and still running is taken to be abandoned by a dead worker.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    /// <summary>The nightly recomputation of the current year, for every region.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task NightlyRecomputeAsync(CancellationToken cancellationToken)
    {
        var job = await mediator.Send(new RecomputeCommand(null, time.GetUtcNow().Year), cancellationToken);
        logger.LogInformation("Nightly recompute {JobId} of {Year} queued for {Regions} region(s)", job.Id, job.Year, job.Summary.Regions);
    }

    /// <summary>Fans a run out: one job per region still queued, so that every Hangfire server can take a share.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task FanOutAsync(Guid jobRunId, CancellationToken cancellationToken)
    {
        var regions = await db.RegionRuns.AsNoTracking().Where(r => r.JobRunId == jobRunId && r.Status == JobRunStatus.Queued)
            .OrderBy(r => r.RegionId).Select(r => r.RegionId).ToListAsync(cancellationToken);
        foreach (var regionId in regions)
        {
            client.Enqueue<MonitoringJobs>(jobs => jobs.RecomputeRegionAsync(jobRunId, regionId, CancellationToken.None));
        }
    }

    /// <summary>
    /// Recomputes one region of a run. The region is claimed by one atomic update first, so that a duplicate of the
    /// job (a retried fan-out, a second server) finds it taken and does nothing.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RecomputeRegionAsync(Guid jobRunId, Guid regionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var abandonedBefore = now - AbandonedAfter;
        var claimed = await db.RegionRuns
            .Where(r => r.JobRunId == jobRunId && r.RegionId == regionId
                        && (r.Status == JobRunStatus.Queued || (r.Status == JobRunStatus.Running && r.StartedAt < abandonedBefore)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, JobRunStatus.Running)
                .SetProperty(r => r.Executions, r => r.Executions + 1)
                .SetProperty(r => r.StartedAt, now), cancellationToken);
        if (claimed == 0)
        {
            logger.LogInformation("Region {RegionId} of run {JobRunId} is done or taken: skipped", regionId, jobRunId);
            return;
        }

        var year = await db.JobRuns.Where(r => r.Id == jobRunId).Select(r => r.Year).SingleAsync(cancellationToken);
        try
        {
            var summary = await mediator.Send(new RecomputeRegionCommand(regionId, year), cancellationToken);
            var run = await db.RegionRuns.SingleAsync(r => r.JobRunId == jobRunId && r.RegionId == regionId, cancellationToken);
            run.Succeed(summary.Organizations, summary.IndicatorSnapshots, summary.CriterionSnapshots, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Record the attempt (queued again for the retry, or failed after the last), then let Hangfire retry.
            logger.LogError(ex, "Recompute of region {RegionId} for {Year} failed", regionId, year);
            db.ChangeTracker.Clear();
            var run = await db.RegionRuns.SingleAsync(r => r.JobRunId == jobRunId && r.RegionId == regionId, CancellationToken.None);
            run.Fail(ex.Message, time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Daily: pairs and groups with no meeting for <c>Monitoring:StaleGroupDays</c> days (30 by default).</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task FlagStaleGroupsAsync(CancellationToken cancellationToken)
    {
        var days = configuration.GetValue("Monitoring:StaleGroupDays", StaleGroup.DefaultDays);
        var flagged = await mediator.Send(new FlagStaleGroupsCommand(days), cancellationToken);
        logger.LogInformation("{Count} pair(s) and group(s) without a meeting for {Days} days", flagged, days);
    }

    /// <summary>Daily: roadmap items past their deadline.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task FlagOverdueRoadmapItemsAsync(CancellationToken cancellationToken)
    {
        var changed = await mediator.Send(new FlagOverdueRoadmapItemsCommand(), cancellationToken);
        logger.LogInformation("{Count} roadmap item flag(s) changed", changed);
    }
}
