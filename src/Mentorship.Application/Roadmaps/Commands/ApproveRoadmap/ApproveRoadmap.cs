using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps.Commands.ApproveRoadmap;

/// <summary>The regional coordinator approves a roadmap.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record ApproveRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<RoadmapDto>, IVersionedCommand;

internal sealed class ApproveRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<ApproveRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(ApproveRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Items).FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (roadmap.IsApproved)
        {
            throw new ConflictException(Texts.Pick("Дорожная карта уже утверждена.", "The roadmap is already approved."));
        }

        roadmap.Approve(time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}
