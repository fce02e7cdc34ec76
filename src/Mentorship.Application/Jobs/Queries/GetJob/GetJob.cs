using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
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

        return JobReads.ToDto(run, scheduler);
    }
}
