using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// State of a background job run, such as a recomputation (пересчёт мониторинга): Queued — accepted, waiting for a
/// worker; Running — a region has started; Succeeded — every region succeeded; Failed — a region failed after its last
/// attempt.
/// </summary>
public enum JobRunStatus
{
    Queued = 1,
    Running,
    Succeeded,
    Failed,
}

/// <summary>What a worker found when it came for a region of a run.</summary>
public enum RegionClaim
{
    /// <summary>The worker holds the region's lease now and does the work.</summary>
    Claimed = 1,

    /// <summary>The region is finished (succeeded, or failed after its last attempt): there is nothing left to do.</summary>
    Finished,

    /// <summary>Another worker holds a live lease: this one must neither do the work nor report it done.</summary>
    Busy,
}

/// <summary>
/// A recomputation of monitoring for a year, as the caller polls it at <c>/jobs/{id}</c>, and the whole of its
/// lifecycle: queued when requested; each region claimed by one worker under a lease that the worker renews while it
/// works (so that a worker that died is noticed once its lease runs out, and the region is claimed again); a region
/// succeeds, or fails an attempt and is queued again for the retry, or fails for good after the last attempt. The run's
/// status follows its regions': queued → running → succeeded or failed.
/// </summary>
public class JobRun : BaseEntity
{
    public const string RecomputeKind = "recompute";
    public const int ErrorMaxLength = TextLengths.Paragraph;

    /// <summary>How long a claim holds without being renewed, unless configured; a region still running past it was abandoned.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>How often a working worker renews its lease of <see cref="LeaseDuration"/>: several times within one lease.</summary>
    public static readonly TimeSpan LeaseRenewal = RenewalOf(LeaseDuration);

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

    /// <summary>The background job that fans the work out, recorded when it starts.</summary>
    public string? BackgroundJobId { get; private set; }

    public IReadOnlyCollection<RegionRun> Regions => _regions.AsReadOnly();

    public JobRunStatus Status => StatusOf(_regions.Select(r => r.Status).ToList());

    /// <summary>When the first region was (last) claimed.</summary>
    public DateTimeOffset? StartedAt => _regions.Min(r => r.StartedAt);

    /// <summary>When the last region finished, once the run has; a run with no region finished when it was requested.</summary>
    public DateTimeOffset? FinishedAt => Status is JobRunStatus.Succeeded or JobRunStatus.Failed
        ? _regions.Count == 0 ? RequestedAt : _regions.Max(r => r.FinishedAt)
        : null;

    /// <summary>The regions still waiting for a worker: the fan-out hands out one job for each.</summary>
    public IEnumerable<Guid> QueuedRegions => _regions.Where(r => r.Status == JobRunStatus.Queued).Select(r => r.RegionId);

    /// <summary>
    /// The run's status from its regions': failed when one failed for good, succeeded when all did, running once one
    /// started, else queued. A run with no region (a region-less territory) has nothing to do: succeeded.
    /// </summary>
    public static JobRunStatus StatusOf(IReadOnlyCollection<JobRunStatus> regions) =>
        regions.Contains(JobRunStatus.Failed) ? JobRunStatus.Failed
        : regions.All(s => s == JobRunStatus.Succeeded) ? JobRunStatus.Succeeded
        : regions.Any(s => s != JobRunStatus.Queued) ? JobRunStatus.Running
        : JobRunStatus.Queued;

    /// <summary>The fan-out job started: its id lets the caller see its state in the job storage.</summary>
    public void FanningOut(string backgroundJobId) => BackgroundJobId = Guard.NotBlank(backgroundJobId, "backgroundJobId", TextLengths.Code);

    /// <summary>
    /// A worker comes for a region. It gets the lease when the region is queued, or running under a lease that ran
    /// out (its worker died); a region abandoned on its last attempt fails for good instead.
    /// </summary>
    /// <param name="lease">How long the claim holds unless renewed; <see cref="LeaseDuration"/> by default.</param>
    public RegionClaim ClaimRegion(Guid regionId, DateTimeOffset now, TimeSpan? lease = null) => RegionOf(regionId).Claim(now, lease ?? LeaseDuration);

    /// <summary>The lease the worker that claimed the region holds, to renew, complete or fail with.</summary>
    public Guid LeaseOf(Guid regionId) => RegionOf(regionId).LeaseId ?? throw new InvalidOperationException($"Region {regionId} of run {Id} is not claimed.");

    /// <summary>Extends the lease while its worker works; false when the lease was lost (taken over or finished).</summary>
    public bool RenewLease(Guid regionId, Guid leaseId, DateTimeOffset now, TimeSpan? lease = null) => RegionOf(regionId).Renew(leaseId, now, lease ?? LeaseDuration);

    /// <summary>How often a worker renews a lease of <paramref name="lease"/>: four times within it, so that a missed beat or two does not lose it.</summary>
    public static TimeSpan RenewalOf(TimeSpan lease) => lease / 4;

    /// <summary>The region's work is done; false (and nothing recorded) when the worker no longer held the lease.</summary>
    public bool CompleteRegion(Guid regionId, Guid leaseId, int organizations, int indicatorSnapshots, int criterionSnapshots, DateTimeOffset now) =>
        RegionOf(regionId).Succeed(leaseId, organizations, indicatorSnapshots, criterionSnapshots, now);

    /// <summary>An attempt failed: queued again for the retry, or failed for good after the last attempt.</summary>
    public bool FailRegion(Guid regionId, Guid leaseId, string error, DateTimeOffset now) => RegionOf(regionId).Fail(leaseId, error, now);

    private RegionRun RegionOf(Guid regionId) =>
        _regions.Find(r => r.RegionId == regionId) ?? throw new InvalidOperationException($"Run {Id} does not cover region {regionId}.");
}

/// <summary>One region's share of a <see cref="JobRun"/>: held by exactly one worker at a time, under a lease.</summary>
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

    /// <summary>
    /// The claim of the worker that holds the region, new on every claim and cleared when the region finishes. It is
    /// the row's concurrency token: of two workers claiming at once, one wins and the other's save is refused.
    /// </summary>
    public Guid? LeaseId { get; private set; }

    /// <summary>Until when the claim holds unless renewed.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public int Organizations { get; private set; }

    public int IndicatorSnapshots { get; private set; }

    public int CriterionSnapshots { get; private set; }

    public string? Error { get; private set; }

    internal RegionClaim Claim(DateTimeOffset now, TimeSpan lease)
    {
        switch (Status)
        {
            case JobRunStatus.Succeeded or JobRunStatus.Failed:
                return RegionClaim.Finished;
            case JobRunStatus.Running when LeaseExpiresAt > now:
                return RegionClaim.Busy;
            case JobRunStatus.Running when Executions >= MaxAttempts:
                // The worker of the last attempt died: no attempt is left.
                Finish(JobRunStatus.Failed, $"The worker stopped renewing its claim on attempt {Executions} of {MaxAttempts}.", now);
                return RegionClaim.Finished;
        }

        Status = JobRunStatus.Running;
        Executions++;
        StartedAt = now;
        FinishedAt = null;
        LeaseId = Guid.CreateVersion7();
        LeaseExpiresAt = now + lease;
        return RegionClaim.Claimed;
    }

    internal bool Renew(Guid leaseId, DateTimeOffset now, TimeSpan lease)
    {
        if (!Holds(leaseId))
        {
            return false;
        }

        LeaseExpiresAt = now + lease;
        return true;
    }

    internal bool Succeed(Guid leaseId, int organizations, int indicatorSnapshots, int criterionSnapshots, DateTimeOffset at)
    {
        if (!Holds(leaseId))
        {
            return false;
        }

        Organizations = organizations;
        IndicatorSnapshots = indicatorSnapshots;
        CriterionSnapshots = criterionSnapshots;
        Finish(JobRunStatus.Succeeded, null, at);
        return true;
    }

    internal bool Fail(Guid leaseId, string error, DateTimeOffset at)
    {
        if (!Holds(leaseId))
        {
            return false;
        }

        if (Executions >= MaxAttempts)
        {
            Finish(JobRunStatus.Failed, error, at);
        }
        else
        {
            Status = JobRunStatus.Queued;
            Error = Truncated(error);
            LeaseId = null;
            LeaseExpiresAt = null;
        }

        return true;
    }

    private bool Holds(Guid leaseId) => Status == JobRunStatus.Running && LeaseId == leaseId;

    private void Finish(JobRunStatus status, string? error, DateTimeOffset at)
    {
        Status = status;
        Error = error is null ? null : Truncated(error);
        FinishedAt = at;
        LeaseId = null;
        LeaseExpiresAt = null;
    }

    private static string Truncated(string error) => error.Length > JobRun.ErrorMaxLength ? error[..JobRun.ErrorMaxLength] : error;
}
