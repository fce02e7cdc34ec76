using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>A background job as the caller polls it: queued, running, succeeded or failed, and what it computed.</summary>
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
