namespace Mentorship.Application.Common.Interfaces;

/// <summary>Background work the use cases hand off (Hangfire in the Infrastructure). Called after the commit.</summary>
public interface IJobScheduler
{
    /// <summary>Enqueues the job that fans a recompute run out per region; returns the background job's id.</summary>
    string EnqueueRecompute(Guid jobRunId);

    /// <summary>The background job's own state as the job storage reports it (e.g. "Enqueued", "Failed"), if known.</summary>
    string? BackgroundJobState(string backgroundJobId);
}
