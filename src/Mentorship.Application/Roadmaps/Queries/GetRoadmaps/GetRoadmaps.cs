using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmaps;

/// <param name="MunicipalityId">Roadmaps of this municipality (its own and its organisations').</param>
/// <param name="OrganizationId">Roadmaps of this organisation.</param>
/// <param name="AcademicYear">Only this academic year, such as "2024/2025".</param>
/// <param name="OverdueOnly">Only roadmaps with an overdue item.</param>
/// <param name="Year">Only roadmaps whose period includes this year (e.g. 2022 finds a 2020–2024 roadmap).</param>
/// <param name="Status">Only roadmaps in this state (Submitted: those waiting for review).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetRoadmapsQuery(
    Guid? MunicipalityId = null,
    Guid? OrganizationId = null,
    AcademicYear? AcademicYear = null,
    bool OverdueOnly = false,
    int? Year = null,
    RoadmapStatus? Status = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<RoadmapDto>>, IPagedRequest;

internal sealed class GetRoadmapsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRoadmapsQuery, PagedList<RoadmapDto>>
{
    public Task<PagedList<RoadmapDto>> Handle(GetRoadmapsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Roadmaps.AsNoTracking();
        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(r => r.MunicipalityId == municipalityId || r.Organization!.MunicipalityId == municipalityId);
        }

        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(r => r.OrganizationId == organizationId);
        }

        if (request.AcademicYear is { } year)
        {
            query = query.Where(r => r.AcademicYear == year);
        }

        if (request.Year is { } calendarYear)
        {
            query = query.Where(r => r.StartYear <= calendarYear && r.EndYear >= calendarYear);
        }

        if (request.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (request.OverdueOnly)
        {
            query = query.Where(r => r.Items.Any(i => i.IsOverdue));
        }

        return query.OrderByDescending(r => r.StartYear).ThenByDescending(r => r.AcademicYear).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<RoadmapDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
