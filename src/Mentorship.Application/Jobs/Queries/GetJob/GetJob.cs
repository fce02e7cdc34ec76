using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>
/// A recompute run (administrators and the regional coordinator of its region) or a matching run (the staff who see its
/// programme); any other is not found.
/// </summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetJobQuery(Guid Id) : IRequest<JobDto>;

internal sealed class GetJobHandler(IApplicationDbContext db, ICurrentUser user, IJobScheduler scheduler) : IRequestHandler<GetJobQuery, JobDto>
{
    public async Task<JobDto> Handle(GetJobQuery request, CancellationToken cancellationToken)
    {
        var run = await db.JobRuns.AsNoTracking().Include(r => r.Regions).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        if (run is null)
        {
            return await MatchingRunAsync(request.Id, cancellationToken);
        }

        // A regional coordinator sees the runs of the own region only; others are not found.
        if (!(user.IsUnrestricted() || (run.RegionId is { } regionId && regionId == user.RegionId && user.IsInRole(Roles.RegionalCoordinator))))
        {
            throw new NotFoundException("Job", request.Id);
        }

        return JobReads.ToDto(run, scheduler);
    }

    /// <summary>A matching run is seen by whoever sees its programme (the programmes' scope filter decides).</summary>
    private async Task<JobDto> MatchingRunAsync(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.MatchingRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var year = run is null ? null : await db.Programmes.Where(p => p.Id == run.ProgrammeId).Select(p => (AcademicYear?)p.StartYear).SingleOrDefaultAsync(cancellationToken);
        return run is null || year is null ? throw new NotFoundException("Job", id) : JobReads.ToDto(run, year.Value.StartYear);
    }
}
