using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting.Queries.GetReportingRequests;

/// <param name="Year">Only requests for this calendar year.</param>
/// <param name="OverdueOnly">Only requests whose deadline has passed.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetReportingRequestsQuery(
    int? Year = null,
    bool OverdueOnly = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<ReportingRequestDto>>, IPagedRequest;

internal sealed class GetReportingRequestsHandler(IApplicationDbContext db) : IRequestHandler<GetReportingRequestsQuery, PagedList<ReportingRequestDto>>
{
    public async Task<PagedList<ReportingRequestDto>> Handle(GetReportingRequestsQuery request, CancellationToken cancellationToken)
    {
        var query = db.ReportingRequests.AsNoTracking();
        if (request.Year is { } year)
        {
            query = query.Where(r => r.Year == year);
        }

        if (request.OverdueOnly)
        {
            query = query.Where(r => r.IsOverdue);
        }

        var page = PageRequest.From(request);
        var total = await query.CountAsync(cancellationToken);
        var items = await ReportingReads.RequestDtosAsync(
            db, query.OrderByDescending(r => r.SentAt).ThenBy(r => r.Id).Skip((page.Page - 1) * page.PageSize).Take(page.PageSize), cancellationToken);
        return new PagedList<ReportingRequestDto>(items, page.Page, page.PageSize, total);
    }
}
