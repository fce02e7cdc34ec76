using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting.Commands.FlagOverdueReportingRequests;

/// <summary>What one run of the daily job did.</summary>
/// <param name="RequestsMarked">Requests newly marked overdue.</param>
/// <param name="ResponsesMarked">Answers newly marked overdue.</param>
/// <param name="Reminders">Reminders recorded (one per request, organisation and day).</param>
public sealed record OverdueReportingSummary(int RequestsMarked, int ResponsesMarked, int Reminders);

/// <summary>
/// The daily job's work: a request whose deadline day is over in its region's time zone is overdue; so is each of its
/// answers not submitted, and each such organisation gets a reminder for the day — once, however often the job runs.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record FlagOverdueReportingRequestsCommand : IRequest<OverdueReportingSummary>;

internal sealed class FlagOverdueReportingRequestsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time)
    : IRequestHandler<FlagOverdueReportingRequestsCommand, OverdueReportingSummary>
{
    public async Task<OverdueReportingSummary> Handle(FlagOverdueReportingRequestsCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // No zone is a day ahead of UTC: a deadline after today in UTC is not over anywhere yet.
        var utcToday = DateOnly.FromDateTime(now.UtcDateTime);
        var candidates = await (from r in db.ReportingRequests.IgnoreQueryFilters()
                                join g in db.Regions on r.RegionId equals g.Id
                                where r.Deadline <= utcToday
                                      && (!r.IsOverdue || db.ReportingResponses.IgnoreQueryFilters().Any(a => a.RequestId == r.Id
                                          && a.Status != ReportingResponseStatus.Submitted && a.Status != ReportingResponseStatus.Accepted))
                                select new { Request = r, g.TimeZone })
            .ToListAsync(cancellationToken);

        int requestsMarked = 0, responsesMarked = 0, reminders = 0;
        foreach (var candidate in candidates)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(candidate.TimeZone)).DateTime);
            var reportingRequest = candidate.Request;
            if (today <= reportingRequest.Deadline)
            {
                continue;
            }

            if (reportingRequest.RefreshOverdue(today))
            {
                requestsMarked++;
                ReportingAudit.Record(db, user, time, AuditAction.Update, reportingRequest, ReportingAudit.Overdue);
            }

            var owing = await db.ReportingResponses.IgnoreQueryFilters()
                .Where(a => a.RequestId == reportingRequest.Id && a.Status != ReportingResponseStatus.Submitted && a.Status != ReportingResponseStatus.Accepted)
                .Where(a => !db.ReportingReminders.Any(m => m.RequestId == a.RequestId && m.OrganizationId == a.OrganizationId && m.Day == today))
                .ToListAsync(cancellationToken);
            foreach (var response in owing)
            {
                if (response.MarkOverdue())
                {
                    responsesMarked++;
                    ReportingAudit.Record(db, user, time, AuditAction.Update, response, ReportingAudit.Overdue);
                }

                var reminder = new ReportingReminder(reportingRequest.Id, response.OrganizationId, today, now);
                db.ReportingReminders.Add(reminder);
                ReportingAudit.Record(db, user, time, AuditAction.Create, reminder, ReportingAudit.Reminded, response.OrganizationId.ToString());
                reminders++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OverdueReportingSummary(requestsMarked, responsesMarked, reminders);
    }
}
