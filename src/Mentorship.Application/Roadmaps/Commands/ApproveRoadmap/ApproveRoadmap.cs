using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps.Commands.ApproveRoadmap;

/// <summary>The regional coordinator approves a roadmap.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record ApproveRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<RoadmapDto>, IVersionedCommand;

internal sealed class ApproveRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<ApproveRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(ApproveRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Approve(time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
