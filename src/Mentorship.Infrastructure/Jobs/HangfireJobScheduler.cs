using Hangfire;
using Mentorship.Application.Common.Interfaces;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>Hangfire behind <see cref="IJobScheduler"/>: the client enqueues, the storage's monitoring API tells the state.</summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient client, JobStorage storage) : IJobScheduler
{
    public string EnqueueRecompute(Guid jobRunId) =>
        client.Enqueue<MonitoringJobs>(jobs => jobs.FanOutAsync(jobRunId, CancellationToken.None));

    public string? BackgroundJobState(string backgroundJobId) =>
        storage.GetMonitoringApi().JobDetails(backgroundJobId)?.History.FirstOrDefault()?.StateName;
}
