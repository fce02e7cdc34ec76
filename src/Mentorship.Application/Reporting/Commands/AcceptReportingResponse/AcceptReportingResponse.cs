using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Reporting.Commands.AcceptReportingResponse;

/// <summary>The coordinator accepts a submitted answer: it is closed for good.</summary>
[Authorize(Roles = Roles.Coordinators)]
public sealed record AcceptReportingResponseCommand(Guid RequestId, Guid OrganizationId, long? ExpectedVersion) : IRequest<ReportingResponseDto>;

internal sealed class AcceptReportingResponseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<AcceptReportingResponseCommand, ReportingResponseDto>
{
    public async Task<ReportingResponseDto> Handle(AcceptReportingResponseCommand request, CancellationToken cancellationToken)
    {
        var response = await ReportingReads.ResponseForUpdateAsync(db, request.RequestId, request.OrganizationId, request.ExpectedVersion, cancellationToken);
        response.Accept(time.GetUtcNow());
        ReportingAudit.Record(db, user, time, AuditAction.Update, response, ReportingAudit.Accepted);
        await db.SaveChangesAsync(cancellationToken);
        return await ReportingReads.ResponseDtoAsync(db, request.RequestId, request.OrganizationId, cancellationToken);
    }
}
