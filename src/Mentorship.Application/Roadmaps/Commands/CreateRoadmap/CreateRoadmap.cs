using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.CreateRoadmap;

/// <summary>A new roadmap of a municipality or of an organisation (exactly one of them) for an academic year.</summary>
[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record CreateRoadmapCommand(Guid? MunicipalityId, Guid? OrganizationId, string? Title, AcademicYear? AcademicYear) : IRequest<RoadmapDto>;

internal sealed class CreateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<CreateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(CreateRoadmapCommand request, CancellationToken cancellationToken)
    {
        await RoadmapRules.EnsureOwnerWritableAsync(db, user, request.MunicipalityId, request.OrganizationId, cancellationToken);
        var roadmap = new Roadmap(request.MunicipalityId, request.OrganizationId, request.Title!, request.AcademicYear!.Value);
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}
