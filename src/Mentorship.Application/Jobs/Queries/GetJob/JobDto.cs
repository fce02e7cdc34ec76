using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>A background job as the caller polls it: queued, running, succeeded or failed, and what it computed.</summary>
/// <param name="Id">Identifier of the job run.</param>
/// <param name="Kind">Kind of job: "recompute" (пересчёт мониторинга).</param>
/// <param name="Year">The calendar year recomputed.</param>
/// <param name="RegionId">The region recomputed; null for every region.</param>
/// <param name="Status">Queued, running, succeeded or failed, from its regions.</param>
/// <param name="RequestedAt">When the job was requested (UTC).</param>
/// <param name="StartedAt">When the first region was claimed by a worker; null while queued.</param>
/// <param name="FinishedAt">When the last region finished; null until the run has.</param>
/// <param name="BackgroundJobState">
/// State of the fan-out job in the Hangfire storage, such as "Succeeded"; null when unknown.
/// </param>
/// <param name="Summary">What the run computed, over its regions.</param>
/// <param name="Regions">One entry per region of the run.</param>
public sealed record JobDto(
    Guid Id,
    string Kind,
    int Year,
    Guid? RegionId,
    JobRunStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? BackgroundJobState,
    JobSummaryDto Summary,
    IReadOnlyList<RegionRunDto> Regions);
