using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.JoinRequests;

/// <summary>
/// The audit log's entries of join requests, which hold a child's personal data: submitted, shown in the curator's
/// inbox, accepted, declined — each in the same save as what it records.
/// </summary>
public static class JoinRequestAudit
{
    public const string Submitted = "join_request.submitted";
    public const string Accepted = "join_request.accepted";
    public const string Declined = "join_request.declined";

    public static void Record(IApplicationDbContext db, ICurrentUser user, TimeProvider time, AuditAction action, JoinRequest request, string what) =>
        Record(db, user, time, action, request.Id, request.PersonId, what);

    public static void Record(IApplicationDbContext db, ICurrentUser user, TimeProvider time, AuditAction action, Guid requestId, Guid? personId, string what) =>
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), user.IsSystem ? "system" : user.Id, user.ClientId, user.RemoteAddress, action,
            nameof(JoinRequest), requestId, personId, what));
}
