using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.CreateRoadmap;

/// <summary>
/// A new roadmap, a draft, of a municipality or of an organisation (exactly one of them) for a period of years (e.g.
/// 2020–2024) or an academic year.
/// </summary>
/// <param name="MunicipalityId">
/// The municipality the roadmap (дорожная карта) is of; give this or organizationId, not both.
/// </param>
/// <param name="OrganizationId">The organisation the roadmap is of; give this or municipalityId, not both.</param>
/// <param name="Title">Title of the roadmap; up to 500 characters.</param>
/// <param name="AcademicYear">
/// Academic year (учебный год) of a yearly roadmap, such as "2024/2025"; without startYear and endYear the period is
/// its two calendar years.
/// </param>
/// <param name="StartYear">First year of the period (e.g. 2020); required with endYear unless academicYear is given.</param>
/// <param name="EndYear">Last year of the period (e.g. 2024), at most 9 years after startYear.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CreateRoadmapCommand(Guid? MunicipalityId, Guid? OrganizationId, string? Title, AcademicYear? AcademicYear, int? StartYear = null, int? EndYear = null)
    : IRequest<RoadmapDto>, IRoadmapHeader;

internal sealed class CreateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<CreateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(CreateRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = new Roadmap(request.MunicipalityId, request.OrganizationId, request.Title!, RoadmapReads.Period(request), request.AcademicYear);
        await RoadmapReads.EnsureOwnerWritableAsync(db, user, roadmap, cancellationToken);
        db.Roadmaps.Add(roadmap);
        RoadmapAudit.Record(db, user, time, AuditAction.Create, roadmap, RoadmapAudit.Created);
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
