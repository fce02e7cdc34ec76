using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.JoinRequests.Queries.GetJoinRequestStatus;

/// <param name="Reference">The reference the requester was given.</param>
public sealed record GetJoinRequestStatusQuery(string Reference) : IRequest<JoinRequestStatusDto>;

/// <summary>Where a join request stands, for whoever holds its reference: no name, no contact, no reason.</summary>
public sealed record JoinRequestStatusDto
{
    /// <summary>The request's reference.</summary>
    public required string Reference { get; init; }

    /// <summary>Pending, Accepted or Declined.</summary>
    public JoinRequestStatus Status { get; init; }

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the school decided (UTC); null while pending.</summary>
    public DateTimeOffset? HandledAt { get; init; }
}

internal sealed class GetJoinRequestStatusHandler(IApplicationDbContext db) : IRequestHandler<GetJoinRequestStatusQuery, JoinRequestStatusDto>
{
    public async Task<JoinRequestStatusDto> Handle(GetJoinRequestStatusQuery request, CancellationToken cancellationToken)
    {
        // The reference is the only key: anonymous callers have no scope, so the filters are bypassed explicitly.
        var reference = request.Reference.Trim().ToUpperInvariant();
        return await db.JoinRequests.IgnoreQueryFilters().AsNoTracking().Where(r => r.Reference == reference)
                   .Select(r => new JoinRequestStatusDto { Reference = r.Reference, Status = r.Status, ReceivedAt = r.SubmittedAt, HandledAt = r.HandledAt })
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(JoinRequest), request.Reference);
    }
}
