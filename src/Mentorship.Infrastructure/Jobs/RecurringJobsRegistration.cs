using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>Registers the recurring jobs at start-up (in UTC, so that the schedule does not move with the server's zone).</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurringJobs, IConfiguration configuration) : IHostedService
{
    public const string NightlyRecompute = "monitoring-nightly-recompute";
    public const string StaleGroups = "monitoring-stale-groups";
    public const string OverdueRoadmapItems = "roadmaps-overdue-items";
    public const string ResumeAbandonedRuns = "monitoring-resume-abandoned-runs";
    public const string OverdueReportingRequests = "reporting-overdue-requests";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        recurringJobs.AddOrUpdate<MonitoringJobs>(StaleGroups, jobs => jobs.FlagStaleGroupsAsync(CancellationToken.None), "0 1 * * *", utc);
        recurringJobs.AddOrUpdate<MonitoringJobs>(OverdueRoadmapItems, jobs => jobs.FlagOverdueRoadmapItemsAsync(CancellationToken.None), "15 1 * * *", utc);

        // After the stale flags, so that the night's snapshots count them.
        recurringJobs.AddOrUpdate<MonitoringJobs>(NightlyRecompute, jobs => jobs.NightlyRecomputeAsync(CancellationToken.None), "0 2 * * *", utc);

        // Every five minutes unless configured (a six-field expression counts seconds): the sweep after crashed workers.
        var sweep = configuration["Monitoring:ResumeAbandonedRunsCron"] is { Length: > 0 } cron ? cron : "*/5 * * * *";
        recurringJobs.AddOrUpdate<MonitoringJobs>(ResumeAbandonedRuns, jobs => jobs.ResumeAbandonedRunsAsync(CancellationToken.None), sweep, utc);

        // Before the nightly recompute by default; the schedule is a setting.
        var overdue = configuration[ReportingJobs.OverdueCronSetting] is { Length: > 0 } reportingCron ? reportingCron : "30 1 * * *";
        recurringJobs.AddOrUpdate<ReportingJobs>(OverdueReportingRequests, jobs => jobs.FlagOverdueReportingRequestsAsync(CancellationToken.None), overdue, utc);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
