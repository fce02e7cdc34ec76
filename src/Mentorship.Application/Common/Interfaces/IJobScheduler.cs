namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// Background work the use cases hand off (Hangfire in the Infrastructure). While a database transaction is open a job
/// waits for its commit, and is dropped if it rolls back: a job never starts for a change that was not written.
/// </summary>
public interface IJobScheduler
{
    /// <summary>Enqueues the job that fans a recompute run out per region; the job records its own id on the run when it starts.</summary>
    void EnqueueRecompute(Guid jobRunId);

    /// <summary>Enqueues the job that computes a matching run; call it once the run is written.</summary>
    void EnqueueMatchingRun(Guid matchingRunId);

    /// <summary>The background job's own state as the job storage reports it (e.g. "Enqueued", "Failed"), if known.</summary>
    string? BackgroundJobState(string backgroundJobId);
}
