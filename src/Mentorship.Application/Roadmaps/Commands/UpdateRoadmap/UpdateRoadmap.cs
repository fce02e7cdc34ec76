using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;

/// <summary>New title, period and academic year of a roadmap (дорожная карта), while it is a draft or returned.</summary>
/// <param name="Title">Title of the roadmap; up to 500 characters.</param>
/// <param name="AcademicYear">
/// Academic year (учебный год) of a yearly roadmap, such as "2024/2025"; without startYear and endYear the period is
/// its two calendar years.
/// </param>
/// <param name="StartYear">First year of the period (e.g. 2020); required with endYear unless academicYear is given.</param>
/// <param name="EndYear">Last year of the period (e.g. 2024), at most 9 years after startYear.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateRoadmapCommand(string? Title, AcademicYear? AcademicYear, int? StartYear = null, int? EndYear = null)
    : IRequest<RoadmapDto>, IVersionedCommand, IRoadmapHeader
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<UpdateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(UpdateRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Update(request.Title!, RoadmapReads.Period(request), request.AcademicYear, RoadmapReads.Today(time));
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
