using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Reporting;

namespace Mentorship.Application.Reporting.Commands.SaveReportingDraft;

/// <summary>An organisation keeps a draft of its answer: each section given replaces the one kept; a section left out stays as it was.</summary>
/// <param name="HeadCounts">Head-counts (контингент), when the request asks them.</param>
/// <param name="AdditionalEducation">Additional-education enrolment, when the request asks it.</param>
/// <param name="Retention">Criterion 4's inputs, when the request asks them.</param>
/// <param name="Contests">Criterion 5's inputs, when the request asks them.</param>
/// <param name="Dissemination">Criterion 6's inputs, when the request asks them.</param>
/// <param name="LearningDynamics">Criterion 7's inputs, when the request asks them.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SaveReportingDraftCommand(
    ReportedHeadCounts? HeadCounts,
    ReportedAdditionalEducation? AdditionalEducation,
    ReportedRetention? Retention,
    ReportedContests? Contests,
    ReportedDissemination? Dissemination,
    ReportedLearningDynamics? LearningDynamics) : ReportingAnswerCommand, IRequest<ReportingResponseDto>;

internal sealed class SaveReportingDraftHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<SaveReportingDraftCommand, ReportingResponseDto>
{
    public async Task<ReportingResponseDto> Handle(SaveReportingDraftCommand request, CancellationToken cancellationToken)
    {
        var response = await ReportingReads.ResponseForUpdateAsync(db, request.RequestId, request.OrganizationId, request.ExpectedVersion, cancellationToken);
        response.SaveDraft(response.Request!, new ReportedSections(
            request.HeadCounts, request.AdditionalEducation, request.Retention, request.Contests, request.Dissemination, request.LearningDynamics));
        ReportingAudit.Record(db, user, time, AuditAction.Update, response, ReportingAudit.DraftSaved);
        await db.SaveChangesAsync(cancellationToken);
        return await ReportingReads.ResponseDtoAsync(db, request.RequestId, request.OrganizationId, cancellationToken);
    }
}
