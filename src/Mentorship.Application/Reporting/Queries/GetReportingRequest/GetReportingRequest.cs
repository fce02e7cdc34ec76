using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Reporting.Queries.GetReportingRequest;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetReportingRequestQuery(Guid Id) : IRequest<ReportingRequestDto>;

internal sealed class GetReportingRequestHandler(IApplicationDbContext db) : IRequestHandler<GetReportingRequestQuery, ReportingRequestDto>
{
    public Task<ReportingRequestDto> Handle(GetReportingRequestQuery request, CancellationToken cancellationToken) =>
        ReportingReads.RequestDtoAsync(db, request.Id, cancellationToken);
}
