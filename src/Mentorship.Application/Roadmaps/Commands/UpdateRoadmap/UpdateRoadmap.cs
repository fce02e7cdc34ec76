using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record UpdateRoadmapCommand(string? Title, AcademicYear? AcademicYear) : IRequest<RoadmapDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<UpdateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(UpdateRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Update(request.Title!, request.AcademicYear!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}
