using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Reporting;

/// <summary>
/// The audit log's entries of reporting requests: every change — sent, draft saved, submitted, returned, resubmitted,
/// overdue, reminded — is written in the same save as the change itself, with what happened in the details.
/// </summary>
internal static class ReportingAudit
{
    public const string Sent = "reporting.sent";
    public const string DraftSaved = "reporting.draft_saved";
    public const string Submitted = "reporting.submitted";
    public const string Resubmitted = "reporting.resubmitted";
    public const string Returned = "reporting.returned";
    public const string Accepted = "reporting.accepted";
    public const string Overdue = "reporting.overdue";
    public const string Reminded = "reporting.reminded";

    public static void Record(IApplicationDbContext db, ICurrentUser user, TimeProvider time, AuditAction action, BaseEntity entity, string what, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), user.IsSystem ? "system" : user.Id, user.ClientId, user.RemoteAddress, action,
            entity.GetType().Name, entity.Id, null, detail is null ? what : $"{what}: {detail}"));
}
