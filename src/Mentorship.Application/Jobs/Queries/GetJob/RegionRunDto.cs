using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Jobs.Queries.GetJob;

public sealed record RegionRunDto(
    Guid RegionId,
    JobRunStatus Status,
    int Executions,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int Organizations,
    int IndicatorSnapshots,
    int CriterionSnapshots,
    string? Error);
