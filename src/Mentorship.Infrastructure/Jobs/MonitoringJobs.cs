using Hangfire;
using Hangfire.Server;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Monitoring.Commands.FlagStaleGroups;
using Mentorship.Application.Monitoring.Commands.Recompute;
using Mentorship.Application.Monitoring.Commands.RecomputeRegion;
using Mentorship.Application.Roadmaps.Commands.FlagOverdueRoadmapItems;
using Mentorship.Domain.Monitoring;
using Mentorship.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>
/// The background jobs of monitoring. Hangfire activates them in a scope of their own with no HTTP request, so the
/// current user is the system and sees every region. Each job is idempotent; a failed one is retried. The recompute
/// run's lifecycle is <see cref="JobRun"/>'s: these jobs only carry it out.
/// </summary>
public sealed class MonitoringJobs(
    ApplicationDbContext db,
    IMediator mediator,
    IBackgroundJobClient client,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<MonitoringJobs> logger)
{
    /// <summary>
    /// A run requested this long ago that no fan-out has picked up lost its job (a crash after the commit); so did a
    /// region of a fanned-out run still queued this long after the request and its last attempt (longer than any retry delay).
    /// </summary>
    public static readonly TimeSpan FanOutLostAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a worker's claim on a region holds unless renewed (<see cref="JobRun.LeaseDuration"/> by default): a worker
    /// that died is noticed this long after its last renewal.
    /// </summary>
    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Monitoring:RegionLeaseSeconds", JobRun.LeaseDuration.TotalSeconds)));

    /// <summary>The nightly recomputation of the current year, for every region.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task NightlyRecomputeAsync(CancellationToken cancellationToken)
    {
        var job = await mediator.Send(new RecomputeCommand(null, time.GetUtcNow().Year), cancellationToken);
        logger.LogInformation("Nightly recompute {JobId} of {Year} queued for {Regions} region(s)", job.Id, job.Year, job.Summary.Regions);
    }

    /// <summary>
    /// Fans a run out: records itself on the run, then enqueues one job per region still queued, so that every Hangfire
    /// server can take a share. Hangfire passes the <paramref name="context"/>; callers pass null.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task FanOutAsync(Guid jobRunId, PerformContext? context, CancellationToken cancellationToken)
    {
        var run = await RunAsync(jobRunId, cancellationToken);
        if (context is not null)
        {
            run.FanningOut(context.BackgroundJob.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var regionId in run.QueuedRegions.Order())
        {
            client.Enqueue<MonitoringJobs>(jobs => jobs.RecomputeRegionAsync(jobRunId, regionId, CancellationToken.None));
        }
    }

    /// <summary>
    /// Recomputes one region of a run under the region's lease, renewed while the work goes on. A region already
    /// finished is left alone; one held by a live lease makes this attempt fail (Hangfire retries it), so that no job
    /// is reported done without its work; one whose lease ran out (its worker died) is claimed again and computed.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RecomputeRegionAsync(Guid jobRunId, Guid regionId, CancellationToken cancellationToken)
    {
        var run = await RunAsync(jobRunId, cancellationToken);
        var claim = run.ClaimRegion(regionId, time.GetUtcNow(), Lease);
        if (claim == RegionClaim.Busy || !await SaveLifecycleAsync(cancellationToken))
        {
            throw new RegionRunBusyException(jobRunId, regionId);
        }

        if (claim == RegionClaim.Finished)
        {
            logger.LogInformation("Region {RegionId} of run {JobRunId} is finished: nothing to do", regionId, jobRunId);
            return;
        }

        var lease = run.LeaseOf(regionId);
        using var stopRenewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewLeaseAsync(jobRunId, regionId, lease, stopRenewing.Token);
        try
        {
            var summary = await mediator.Send(new RecomputeRegionCommand(regionId, run.Year), cancellationToken);
            await stopRenewing.CancelAsync();
            await renewing;
            run = await FreshRunAsync(jobRunId, cancellationToken);
            if (!run.CompleteRegion(regionId, lease, summary.Organizations, summary.IndicatorSnapshots, summary.CriterionSnapshots, time.GetUtcNow())
                || !await SaveLifecycleAsync(cancellationToken))
            {
                logger.LogWarning("Region {RegionId} of run {JobRunId} was taken over by another worker; its result stands", regionId, jobRunId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Record the attempt (queued again for the retry, or failed after the last), then let Hangfire retry.
            await stopRenewing.CancelAsync();
            await renewing;
            logger.LogError(ex, "Recompute of region {RegionId} for {Year} failed", regionId, run.Year);
            run = await FreshRunAsync(jobRunId, CancellationToken.None);
            if (run.FailRegion(regionId, lease, ex.Message, time.GetUtcNow()))
            {
                await SaveLifecycleAsync(CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>
    /// Every few minutes: re-runs what a dead worker left — regions whose lease ran out; regions still queued long after
    /// their run fanned out (their job was lost: in-memory job storage dies with its process); and runs whose fan-out job
    /// was lost between their commit and its enqueueing. A duplicate of a live or waiting job finds the region taken (and
    /// retries later) or done.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task ResumeAbandonedRunsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lostBefore = now - FanOutLostAfter;
        var abandoned = await db.RegionRuns.AsNoTracking()
            .Where(r => (r.Status == JobRunStatus.Running && r.LeaseExpiresAt < now)
                        || (r.Status == JobRunStatus.Queued && (r.StartedAt == null || r.StartedAt < lostBefore)
                            && db.JobRuns.Any(j => j.Id == r.JobRunId && j.BackgroundJobId != null && j.RequestedAt < lostBefore)))
            .Select(r => new { r.JobRunId, r.RegionId }).ToListAsync(cancellationToken);
        foreach (var region in abandoned)
        {
            client.Enqueue<MonitoringJobs>(jobs => jobs.RecomputeRegionAsync(region.JobRunId, region.RegionId, CancellationToken.None));
        }

        var lost = await db.JobRuns.AsNoTracking()
            .Where(r => r.BackgroundJobId == null && r.RequestedAt < lostBefore && r.Regions.Any() && r.Regions.All(g => g.Status == JobRunStatus.Queued))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var jobRunId in lost)
        {
            client.Enqueue<MonitoringJobs>(jobs => jobs.FanOutAsync(jobRunId, null, CancellationToken.None));
        }

        if (abandoned.Count + lost.Count > 0)
        {
            logger.LogWarning("Resumed {Regions} abandoned region(s) and {Runs} run(s) whose fan-out was lost", abandoned.Count, lost.Count);
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

    private async Task<JobRun> RunAsync(Guid jobRunId, CancellationToken cancellationToken) =>
        await db.JobRuns.Include(r => r.Regions).SingleOrDefaultAsync(r => r.Id == jobRunId, cancellationToken)
        ?? throw new InvalidOperationException($"Recompute run {jobRunId} does not exist.");

    /// <summary>The run as it is now in the database: the recompute (and a rival worker) may have changed what was read.</summary>
    private Task<JobRun> FreshRunAsync(Guid jobRunId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return RunAsync(jobRunId, cancellationToken);
    }

    /// <summary>Saves a change of the lifecycle; false when a rival worker changed the region's lease first.</summary>
    private async Task<bool> SaveLifecycleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (PreconditionFailedException)
        {
            return false;
        }
    }

    /// <summary>Renews the lease in a scope of its own (the job's context is busy with the work) until told to stop or the lease is lost.</summary>
    private async Task RenewLeaseAsync(Guid jobRunId, Guid regionId, Guid lease, CancellationToken stop)
    {
        var duration = Lease;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(JobRun.RenewalOf(duration), time, stop);
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                var run = await context.JobRuns.Include(r => r.Regions).SingleAsync(r => r.Id == jobRunId, stop);
                if (!run.RenewLease(regionId, lease, time.GetUtcNow(), duration))
                {
                    return;
                }

                await context.SaveChangesAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (PreconditionFailedException)
            {
                logger.LogWarning("Region {RegionId} of run {JobRunId}: the lease was taken over", regionId, jobRunId);
                return;
            }
            catch (Exception ex)
            {
                // A missed renewal is not fatal while the lease lasts: try again at the next beat.
                logger.LogWarning(ex, "Region {RegionId} of run {JobRunId}: the lease could not be renewed", regionId, jobRunId);
            }
        }
    }
}
