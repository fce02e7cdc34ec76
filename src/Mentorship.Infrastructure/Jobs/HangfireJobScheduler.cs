using Hangfire;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Infrastructure.Persistence;
using Mentorship.Infrastructure.Persistence.Interceptors;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>
/// Hangfire behind <see cref="IJobScheduler"/>: the client enqueues — after the commit of the transaction open on the
/// request's context, if any — and the storage's monitoring API tells the state.
/// </summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient client, JobStorage storage, ApplicationDbContext db, AfterCommitInterceptor afterCommit) : IJobScheduler
{
    public void EnqueueRecompute(Guid jobRunId) =>
        afterCommit.Run(db, () => client.Enqueue<MonitoringJobs>(jobs => jobs.FanOutAsync(jobRunId, null, CancellationToken.None)));

    public void EnqueueMatchingRun(Guid matchingRunId) =>
        afterCommit.Run(db, () => client.Enqueue<MatchingJobs>(jobs => jobs.ComputeAsync(matchingRunId, CancellationToken.None)));

    public string? BackgroundJobState(string backgroundJobId) =>
        storage.GetMonitoringApi().JobDetails(backgroundJobId)?.History.FirstOrDefault()?.StateName;
}
