using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Jobs;

/// <summary>
/// A job as its callers see it: a recompute run with its regions and the Hangfire state of its fan-out job, or a
/// matching run with its progress.
/// </summary>
internal static class JobReads
{
    /// <summary>The base path the API is mapped under, for the links a job gives.</summary>
    public const string ApiBase = "/api/v1";

    public static JobDto ToDto(MatchingRun run, int year) => new(
        run.Id, MatchingRun.JobKind, year, null, run.Status, run.RequestedAt, run.StartedAt, run.FinishedAt, null, new JobSummaryDto(0, 0, 0, 0, 0, 0), [],
        run.ProgrammeId,
        new JobProgressDto(run.Phase, run.Percent, run.Mentors, run.Mentees, run.Forms, run.FormsDone, run.Proposals, run.Unmatched),
        run.ErrorCode,
        run.Error,
        $"{ApiBase}/programmes/{run.ProgrammeId}/matching-runs/{run.Id}");

    public static JobDto ToDto(JobRun run, IJobScheduler scheduler)
    {
        var regions = run.Regions.OrderBy(r => r.RegionId)
            .Select(r => new RegionRunDto(r.RegionId, r.Status, r.Executions, r.StartedAt, r.FinishedAt, r.Organizations, r.IndicatorSnapshots, r.CriterionSnapshots, r.Error))
            .ToList();
        var summary = new JobSummaryDto(
            regions.Count,
            regions.Count(r => r.Status == JobRunStatus.Succeeded),
            regions.Count(r => r.Status == JobRunStatus.Failed),
            regions.Sum(r => r.Organizations),
            regions.Sum(r => r.IndicatorSnapshots),
            regions.Sum(r => r.CriterionSnapshots));
        var backgroundState = run.BackgroundJobId is { } jobId ? scheduler.BackgroundJobState(jobId) : null;
        return new JobDto(run.Id, run.Kind, run.Year, run.RegionId, run.Status, run.RequestedAt, run.StartedAt, run.FinishedAt, backgroundState, summary, regions);
    }
}
