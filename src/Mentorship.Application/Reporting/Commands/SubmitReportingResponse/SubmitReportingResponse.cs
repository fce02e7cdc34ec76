using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Reporting;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting.Commands.SubmitReportingResponse;

/// <summary>
/// An organisation submits its answer (or resubmits it after a return): every section asked must be filled. The
/// head-counts and the additional-education enrolment become the organisation's latest head-count report for the
/// academic year starting in September of the request's year, and the region's monitoring of that year is marked
/// stale, so that the next recompute takes the figures in. All in one save: of two submissions at once, the second
/// finds the version moved on (412) and writes nothing.
/// </summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SubmitReportingResponseCommand(Guid RequestId, Guid OrganizationId, long? ExpectedVersion) : IRequest<ReportingResponseDto>;

internal sealed class SubmitReportingResponseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<SubmitReportingResponseCommand, ReportingResponseDto>
{
    public const string MonitoringCause = "reporting.submitted";

    public async Task<ReportingResponseDto> Handle(SubmitReportingResponseCommand request, CancellationToken cancellationToken)
    {
        var response = await ReportingReads.ResponseForUpdateAsync(db, request.RequestId, request.OrganizationId, request.ExpectedVersion, cancellationToken);
        var reportingRequest = response.Request!;
        var now = time.GetUtcNow();
        var resubmission = response.Submit(reportingRequest, now, user.Id);
        var organization = await db.Organizations.SingleAsync(o => o.Id == response.OrganizationId, cancellationToken);
        if (response.HeadCounts is not null || response.AdditionalEducation is not null)
        {
            db.HeadCounts.Add(await HeadCountAsync(organization, response, reportingRequest.Year, now, cancellationToken));
        }

        db.MonitoringChanges.Add(new MonitoringChange(organization.Id, organization.MunicipalityId, organization.RegionId, reportingRequest.Year, MonitoringCause, null, now));
        ReportingAudit.Record(db, user, time, AuditAction.Update, response, resubmission ? ReportingAudit.Resubmitted : ReportingAudit.Submitted);
        await db.SaveChangesAsync(cancellationToken);
        return await ReportingReads.ResponseDtoAsync(db, request.RequestId, request.OrganizationId, cancellationToken);
    }

    /// <summary>
    /// The answer's figures as a new head-count report; a figure the request did not ask (the ДО enrolment when only the
    /// head-counts were asked, say) is carried over from the latest report of that academic year, else 0.
    /// </summary>
    private async Task<HeadCount> HeadCountAsync(Organization organization, ReportingResponse response, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var academicYear = new AcademicYear(year);
        var latest = await db.HeadCounts.AsNoTracking()
            .Where(h => h.OrganizationId == organization.Id && h.AcademicYear == academicYear)
            .OrderByDescending(h => h.ReportedAt).ThenByDescending(h => h.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var counts = response.HeadCounts;
        var figures = new HeadCountFigures(
            counts?.PupilsTotal ?? latest?.PupilsTotal ?? 0,
            counts?.PupilsInAgeBand ?? latest?.PupilsInAgeBand ?? 0,
            response.AdditionalEducation?.Enrolled ?? latest?.AdditionalEducationPupils ?? 0,
            counts?.TeachersTotal ?? latest?.TeachersTotal ?? 0,
            counts?.TeachersUnder35 ?? latest?.TeachersUnder35 ?? 0,
            counts?.YoungSpecialists ?? latest?.YoungSpecialists ?? 0,
            response.AdditionalEducation?.Mentees ?? latest?.AdditionalEducationPupilsMentored ?? 0);
        return organization.ReportHeadCount(academicYear, figures, HeadCountSource.ReportingRequest, now, user.Id);
    }
}
