using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;

namespace Mentorship.Application.Roadmaps.Commands.RemoveRoadmapItem;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveRoadmapItemCommand(Guid RoadmapId, Guid ItemId) : IRequest<RoadmapDto>;

internal sealed class RemoveRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<RemoveRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(RemoveRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        roadmap.RemoveItem(RoadmapReads.Item(roadmap, request.ItemId));
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
