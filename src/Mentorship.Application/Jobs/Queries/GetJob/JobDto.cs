using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>A background job as the caller polls it: queued, running, succeeded or failed, and what it computed.</summary>
/// <param name="Id">Identifier of the job run.</param>
/// <param name="Kind">Kind of job: "recompute" (пересчёт мониторинга) or "matching" (подбор пар of a programme, stage 5).</param>
/// <param name="Year">The calendar year recomputed; for a matching run, the programme's first academic year (its starting year).</param>
/// <param name="RegionId">The region recomputed; null for every region, and for a matching run.</param>
/// <param name="Status">Queued, running, succeeded or failed, from its regions.</param>
/// <param name="RequestedAt">When the job was requested (UTC).</param>
/// <param name="StartedAt">When the first region was claimed by a worker; null while queued.</param>
/// <param name="FinishedAt">When the last region finished; null until the run has.</param>
/// <param name="BackgroundJobState">
/// State of the fan-out job in the Hangfire storage, such as "Succeeded"; null when unknown.
/// </param>
/// <param name="Summary">What the run computed, over its regions.</param>
/// <param name="Regions">One entry per region of the run; empty for a matching run.</param>
/// <param name="ProgrammeId">The programme of a matching run; null for other kinds.</param>
/// <param name="Progress">Where a matching run is (phase, percent, counts); null for other kinds.</param>
/// <param name="ErrorCode">Why a matching run failed: the stable code of the refusal or error; null unless failed.</param>
/// <param name="Error">The failure in the language the run was requested in; null unless failed.</param>
/// <param name="ResultLocation">Where to read a matching run with its result (proposals) once it succeeded; null for other kinds.</param>
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
    IReadOnlyList<RegionRunDto> Regions,
    Guid? ProgrammeId = null,
    JobProgressDto? Progress = null,
    string? ErrorCode = null,
    string? Error = null,
    string? ResultLocation = null);
