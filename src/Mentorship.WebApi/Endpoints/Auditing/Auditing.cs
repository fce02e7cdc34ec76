using MediatR;
using Mentorship.Application.Auditing.Queries.GetAuditLog;
using Mentorship.Application.Common.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Auditing;

/// <summary>The audit log of reads and changes of personal data, for administrators.</summary>
public static class Auditing
{
    public static RouteGroupBuilder MapAuditing(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("", GetAuditLog).WithName(nameof(GetAuditLog)).ProducesValidationProblem();
        return group;
    }

    /// <summary>Read the audit log of who read or changed personal data (журнал доступа к персональным данным).</summary>
    /// <remarks>
    /// For administrators, to answer a data subject or an inspection under 152-FZ. Every response that showed a
    /// person's data (name, birth date, contacts) and every change of personal data leaves an entry: when, which
    /// user or API client (`client:…`), from which address, what kind of access, which record and whose data.
    /// Newest first, paged (`page`, `pageSize` up to 200); filtered by the person, the actor, the kind of access and a
    /// time window (`from` inclusive, `to` exclusive, `to` after `from`).
    /// </remarks>
    public static async Task<Ok<PagedList<AuditEntryDto>>> GetAuditLog(IMediator mediator, [AsParameters] GetAuditLogQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
