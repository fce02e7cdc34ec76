using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;

/// <param name="OrganizationId">The organisation (from the route).</param>
/// <param name="AcademicYear">Only this academic year, such as "2024/2025".</param>
/// <param name="IncludeHistory">Also list the reports that a later one for the same year replaced.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = $"{Roles.OrganizationStaff},{Roles.Analyst},{Roles.IntegrationClient}")]
public sealed record GetHeadCountsQuery(
    Guid OrganizationId,
    AcademicYear? AcademicYear = null,
    bool IncludeHistory = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<HeadCountDto>>, IPagedRequest;

internal sealed class GetHeadCountsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetHeadCountsQuery, PagedList<HeadCountDto>>
{
    public async Task<PagedList<HeadCountDto>> Handle(GetHeadCountsQuery request, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == request.OrganizationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Organization), request.OrganizationId);
        }

        var query = db.HeadCounts.AsNoTracking().Where(h => h.OrganizationId == request.OrganizationId);
        if (request.AcademicYear is { } year)
        {
            query = query.Where(h => h.AcademicYear == year);
        }

        if (!request.IncludeHistory)
        {
            // The latest report of each year wins.
            query = query.Where(h => !db.HeadCounts.Any(later =>
                later.OrganizationId == h.OrganizationId && later.AcademicYear == h.AcademicYear && later.ReportedAt > h.ReportedAt));
        }

        return await query.OrderByDescending(h => h.AcademicYear).ThenByDescending(h => h.ReportedAt)
            .ProjectToPagedListAsync<HeadCountDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
