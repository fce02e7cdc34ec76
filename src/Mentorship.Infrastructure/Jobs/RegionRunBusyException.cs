namespace Mentorship.Infrastructure.Jobs;

/// <summary>Another worker holds the region under a live lease: this attempt did nothing, and Hangfire retries it later.</summary>
public sealed class RegionRunBusyException : Exception
{
    public RegionRunBusyException(Guid jobRunId, Guid regionId)
        : base($"Region {regionId} of run {jobRunId} is being recomputed by another worker.")
    {
    }

    public RegionRunBusyException()
    {
    }

    public RegionRunBusyException(string message)
        : base(message)
    {
    }

    public RegionRunBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
