using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting.Queries.GetReportingResponse;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetReportingResponseQuery(Guid RequestId, Guid OrganizationId) : IRequest<ReportingResponseDto>;

internal sealed class GetReportingResponseHandler(IApplicationDbContext db) : IRequestHandler<GetReportingResponseQuery, ReportingResponseDto>
{
    public async Task<ReportingResponseDto> Handle(GetReportingResponseQuery request, CancellationToken cancellationToken)
    {
        // The request must be the caller's to see too: an organisation's answer to another territory's request is not found.
        if (!await db.ReportingRequests.AnyAsync(r => r.Id == request.RequestId, cancellationToken))
        {
            throw new Common.Exceptions.NotFoundException(nameof(ReportingRequest), request.RequestId);
        }

        return await ReportingReads.ResponseDtoAsync(db, request.RequestId, request.OrganizationId, cancellationToken);
    }
}
