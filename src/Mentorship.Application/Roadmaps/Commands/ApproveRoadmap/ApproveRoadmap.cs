using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;

namespace Mentorship.Application.Roadmaps.Commands.ApproveRoadmap;

/// <summary>
/// The reviewer approves a submitted roadmap: a school's by its municipal coordinator (or the region), a municipality's
/// by the regional coordinator. Two approvals at once: the version check lets one through.
/// </summary>
[Authorize(Roles = Roles.Coordinators)]
public sealed record ApproveRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<RoadmapDto>, IVersionedCommand;

internal sealed class ApproveRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<ApproveRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(ApproveRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.ReviewableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Approve(time.GetUtcNow(), user.Id);
        return await RoadmapAudit.SaveTransitionAsync(db, user, mapper, time, roadmap, RoadmapAudit.Approved, cancellationToken);
    }
}
