using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

public enum JobRunStatus
{
    Queued = 1,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// A recomputation of monitoring for a year, as the caller polls it at <c>/jobs/{id}</c>. The work fans out into one
/// <see cref="RegionRun"/> per region, so that several Hangfire servers share it; the run's status follows theirs.
/// </summary>
public class JobRun : BaseEntity
{
    public const string RecomputeKind = "recompute";
    public const int ErrorMaxLength = TextLengths.Paragraph;

    private readonly List<RegionRun> _regions = [];

    private JobRun()
    {
        Kind = null!;
    }

    /// <param name="regionId">The region asked for; null for every region.</param>
    /// <param name="regionIds">The regions the run covers.</param>
    public JobRun(int year, Guid? regionId, IEnumerable<Guid> regionIds, string? requestedBy, DateTimeOffset requestedAt)
    {
        Kind = RecomputeKind;
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        RegionId = regionId;
        RequestedBy = Guard.Optional(requestedBy, "requestedBy", TextLengths.Label);
        RequestedAt = requestedAt;
        foreach (var id in regionIds.Distinct())
        {
            _regions.Add(new RegionRun(Id, id));
        }
    }

    public string Kind { get; private set; }

    public int Year { get; private set; }

    public Guid? RegionId { get; private set; }

    public string? RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The Hangfire id of the parent job that fans the work out.</summary>
    public string? BackgroundJobId { get; private set; }

    public IReadOnlyCollection<RegionRun> Regions => _regions.AsReadOnly();

    public void Scheduled(string backgroundJobId) => BackgroundJobId = Guard.Optional(backgroundJobId, "backgroundJobId", TextLengths.Code);

    /// <summary>
    /// The run's status from its regions': failed when one failed for good, succeeded when all did, running once one
    /// started, else queued. A run with no region (a region-less territory) has nothing to do: succeeded.
    /// </summary>
    public static JobRunStatus StatusOf(IReadOnlyCollection<JobRunStatus> regions) =>
        regions.Contains(JobRunStatus.Failed) ? JobRunStatus.Failed
        : regions.All(s => s == JobRunStatus.Succeeded) ? JobRunStatus.Succeeded
        : regions.Any(s => s != JobRunStatus.Queued) ? JobRunStatus.Running
        : JobRunStatus.Queued;
}

/// <summary>One region's share of a <see cref="JobRun"/>: claimed by exactly one worker at a time.</summary>
public class RegionRun : BaseEntity
{
    /// <summary>The first attempt and Hangfire's three automatic retries.</summary>
    public const int MaxAttempts = 4;

    private RegionRun()
    {
    }

    internal RegionRun(Guid jobRunId, Guid regionId)
    {
        JobRunId = jobRunId;
        RegionId = Check.NotEmpty(regionId, "regionId");
        Status = JobRunStatus.Queued;
    }

    public Guid JobRunId { get; private set; }

    public Guid RegionId { get; private set; }

    public JobRunStatus Status { get; private set; }

    /// <summary>How many times a worker claimed the region (one, unless a worker died or an attempt failed).</summary>
    public int Executions { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Organizations { get; private set; }

    public int IndicatorSnapshots { get; private set; }

    public int CriterionSnapshots { get; private set; }

    public string? Error { get; private set; }

    public void Succeed(int organizations, int indicatorSnapshots, int criterionSnapshots, DateTimeOffset at)
    {
        Status = JobRunStatus.Succeeded;
        Organizations = organizations;
        IndicatorSnapshots = indicatorSnapshots;
        CriterionSnapshots = criterionSnapshots;
        FinishedAt = at;
        Error = null;
    }

    /// <summary>An attempt failed: queued again for Hangfire's retry, or failed for good after the last attempt.</summary>
    public void Fail(string error, DateTimeOffset at)
    {
        Error = error.Length > JobRun.ErrorMaxLength ? error[..JobRun.ErrorMaxLength] : error;
        Status = Executions >= MaxAttempts ? JobRunStatus.Failed : JobRunStatus.Queued;
        FinishedAt = Status == JobRunStatus.Failed ? at : null;
    }
}
