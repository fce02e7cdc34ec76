using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Reporting.Commands.ReturnReportingResponse;

/// <summary>The coordinator returns a submitted answer for correction, with a comment saying what to correct.</summary>
/// <param name="Comment">What to correct (обязательно).</param>
[Authorize(Roles = Roles.Coordinators)]
public sealed record ReturnReportingResponseCommand(string? Comment) : ReportingAnswerCommand, IRequest<ReportingResponseDto>;

internal sealed class ReturnReportingResponseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReturnReportingResponseCommand, ReportingResponseDto>
{
    public async Task<ReportingResponseDto> Handle(ReturnReportingResponseCommand request, CancellationToken cancellationToken)
    {
        var response = await ReportingReads.ResponseForUpdateAsync(db, request.RequestId, request.OrganizationId, request.ExpectedVersion, cancellationToken);
        response.Return(request.Comment!, time.GetUtcNow());
        ReportingAudit.Record(db, user, time, AuditAction.Update, response, ReportingAudit.Returned, response.ReturnComment);
        await db.SaveChangesAsync(cancellationToken);
        return await ReportingReads.ResponseDtoAsync(db, request.RequestId, request.OrganizationId, cancellationToken);
    }
}
