using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Roadmaps.Commands.DeleteRoadmap;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record DeleteRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<Unit>, IVersionedCommand;

internal sealed class DeleteRoadmapHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<DeleteRoadmapCommand, Unit>
{
    public async Task<Unit> Handle(DeleteRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.EnsureDeletable();

        db.Roadmaps.Remove(roadmap);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
