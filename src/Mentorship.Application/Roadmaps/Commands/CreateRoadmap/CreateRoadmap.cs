using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.CreateRoadmap;

/// <summary>A new roadmap of a municipality or of an organisation (exactly one of them) for an academic year.</summary>
/// <param name="MunicipalityId">
/// The municipality the roadmap (дорожная карта) is of; give this or organizationId, not both.
/// </param>
/// <param name="OrganizationId">The organisation the roadmap is of; give this or municipalityId, not both.</param>
/// <param name="Title">Title of the roadmap; up to 500 characters.</param>
/// <param name="AcademicYear">Academic year (учебный год) of the roadmap, such as "2024/2025".</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CreateRoadmapCommand(Guid? MunicipalityId, Guid? OrganizationId, string? Title, AcademicYear? AcademicYear) : IRequest<RoadmapDto>;

internal sealed class CreateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<CreateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(CreateRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = new Roadmap(request.MunicipalityId, request.OrganizationId, request.Title!, request.AcademicYear!.Value);
        await RoadmapReads.EnsureOwnerWritableAsync(db, user, roadmap, cancellationToken);
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
