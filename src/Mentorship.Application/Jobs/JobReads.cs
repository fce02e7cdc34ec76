using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Jobs;

/// <summary>A recompute run as its callers see it: the run, its regions and the Hangfire state of its fan-out job.</summary>
internal static class JobReads
{
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
