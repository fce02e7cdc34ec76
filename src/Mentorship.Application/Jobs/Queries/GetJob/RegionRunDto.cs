using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>The work of a run for one region; several workers share the regions of a run.</summary>
/// <param name="RegionId">The region.</param>
/// <param name="Status">Queued, running, succeeded or failed.</param>
/// <param name="Executions">Attempts so far; a region abandoned on its last attempt fails.</param>
/// <param name="StartedAt">When a worker last claimed it; null while queued.</param>
/// <param name="FinishedAt">When it finished; null until then.</param>
/// <param name="Organizations">Organisations computed.</param>
/// <param name="IndicatorSnapshots">Indicator snapshots written.</param>
/// <param name="CriterionSnapshots">Efficiency-criterion snapshots written.</param>
/// <param name="Error">Why it failed; null unless failed.</param>
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
