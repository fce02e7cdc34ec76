using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;

/// <summary>New title and academic year of a roadmap (дорожная карта).</summary>
/// <param name="Title">Title of the roadmap; up to 500 characters.</param>
/// <param name="AcademicYear">Academic year (учебный год), such as "2024/2025".</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateRoadmapCommand(string? Title, AcademicYear? AcademicYear) : IRequest<RoadmapDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<UpdateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(UpdateRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Update(request.Title!, request.AcademicYear!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
