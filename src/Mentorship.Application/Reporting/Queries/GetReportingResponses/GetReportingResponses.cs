using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting.Queries.GetReportingResponses;

/// <param name="RequestId">The reporting request.</param>
/// <param name="Status">Only answers in this state.</param>
/// <param name="NotSubmitted">Only answers not submitted (not started, draft or returned): who still owes the figures.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetReportingResponsesQuery(
    Guid RequestId,
    ReportingResponseStatus? Status = null,
    bool NotSubmitted = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<ReportingResponseDto>>, IPagedRequest;

internal sealed class GetReportingResponsesHandler(IApplicationDbContext db) : IRequestHandler<GetReportingResponsesQuery, PagedList<ReportingResponseDto>>
{
    public async Task<PagedList<ReportingResponseDto>> Handle(GetReportingResponsesQuery request, CancellationToken cancellationToken)
    {
        if (!await db.ReportingRequests.AnyAsync(r => r.Id == request.RequestId, cancellationToken))
        {
            throw new NotFoundException(nameof(ReportingRequest), request.RequestId);
        }

        var responses = db.ReportingResponses.AsNoTracking().Where(a => a.RequestId == request.RequestId);
        if (request.Status is { } status)
        {
            responses = responses.Where(a => a.Status == status);
        }

        if (request.NotSubmitted)
        {
            responses = responses.Where(a => a.Status != ReportingResponseStatus.Submitted && a.Status != ReportingResponseStatus.Accepted);
        }

        return await ReportingReads.ResponseDtos(db, responses).ToPagedListAsync(PageRequest.From(request), cancellationToken);
    }
}
