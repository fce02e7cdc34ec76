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

    public static async Task<Ok<PagedList<AuditEntryDto>>> GetAuditLog(IMediator mediator, [AsParameters] GetAuditLogQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
