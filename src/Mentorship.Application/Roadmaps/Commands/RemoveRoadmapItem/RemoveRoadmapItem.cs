using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.RemoveRoadmapItem;

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record RemoveRoadmapItemCommand(Guid RoadmapId, Guid ItemId) : IRequest<RoadmapDto>;

internal sealed class RemoveRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<RemoveRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(RemoveRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        var item = roadmap.Items.FirstOrDefault(i => i.Id == request.ItemId) ?? throw new NotFoundException(nameof(RoadmapItem), request.ItemId);
        roadmap.RemoveItem(item.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}
