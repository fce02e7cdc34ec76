using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;
using Mentorship.Application.Public.JoinRequests;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.DeclineJoinRequest;

/// <summary>Declines a join request with a reason (the school tells the requester); a request is handled once.</summary>
/// <param name="Reason">Why it is declined, up to 1000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record DeclineJoinRequestCommand(string? Reason) : IRequest<JoinRequestDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RequestId { get; init; }
}

internal sealed class DeclineJoinRequestHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeclineJoinRequestCommand, JoinRequestDto>
{
    public async Task<JoinRequestDto> Handle(DeclineJoinRequestCommand request, CancellationToken cancellationToken)
    {
        var joinRequest = await db.JoinRequestAsync(request.ProgrammeId, request.RequestId, cancellationToken);
        joinRequest.Decline(request.Reason!, time.GetUtcNow(), user.Id);
        return await db.SaveDecisionAsync(mapper, user, time, joinRequest, JoinRequestAudit.Declined, cancellationToken);
    }
}
