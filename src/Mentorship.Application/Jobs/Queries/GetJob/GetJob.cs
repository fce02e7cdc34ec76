using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Jobs.Queries.GetJob;

[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record GetJobQuery(Guid Id) : IRequest<JobDto>;

internal sealed class GetJobHandler(IApplicationDbContext db, ICurrentUser user, IJobScheduler scheduler) : IRequestHandler<GetJobQuery, JobDto>
{
    public async Task<JobDto> Handle(GetJobQuery request, CancellationToken cancellationToken)
    {
        var run = await db.JobRuns.AsNoTracking().Include(r => r.Regions).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);

        // A regional coordinator sees the runs of the own region only; others are not found.
        if (run is null || !(user.IsUnrestricted() || (run.RegionId is { } regionId && regionId == user.RegionId)))
        {
            throw new NotFoundException("Job", request.Id);
        }

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
