using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;

namespace Mentorship.Application.Roadmaps.Commands.SubmitRoadmap;

/// <summary>
/// Sends a draft or returned roadmap to its reviewer: a school's to its municipal coordinator, a municipality's to the
/// regional coordinator.
/// </summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SubmitRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<RoadmapDto>, IVersionedCommand;

internal sealed class SubmitRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<SubmitRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(SubmitRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        var resubmission = roadmap.Submit(RoadmapReads.Today(time));
        return await RoadmapAudit.SaveTransitionAsync(db, user, mapper, time, roadmap, resubmission ? RoadmapAudit.Resubmitted : RoadmapAudit.Submitted, cancellationToken);
    }
}
