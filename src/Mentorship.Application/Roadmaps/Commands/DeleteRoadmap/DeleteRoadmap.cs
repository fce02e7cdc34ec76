using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Roadmaps.Commands.DeleteRoadmap;

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record DeleteRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<Unit>, IVersionedCommand;

internal sealed class DeleteRoadmapHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<DeleteRoadmapCommand, Unit>
{
    public async Task<Unit> Handle(DeleteRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        if (roadmap.IsApproved)
        {
            throw new ConflictException(Texts.Pick("Утверждённая дорожная карта не удаляется.", "An approved roadmap cannot be deleted."));
        }

        db.Roadmaps.Remove(roadmap);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
