using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AcceptJoinRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.DeclineJoinRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>The mentee bank's inbox of join requests sent from the open information resource.</summary>
public static class JoinRequestInbox
{
    public static RouteGroupBuilder MapJoinRequestInbox(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programmes/{programmeId:guid}/join-requests").WithTags("Stage 4. Mentee bank");
        group.MapGet("/", GetJoinRequests).WithName(nameof(GetJoinRequests)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{requestId:guid}/accept", AcceptJoinRequest).WithName(nameof(AcceptJoinRequest)).ProducesWriteProblems();
        group.MapPost("/{requestId:guid}/decline", DeclineJoinRequest).WithName(nameof(DeclineJoinRequest)).ProducesWriteProblems();
        return group;
    }

    /// <summary>List the join requests of a programme (the inbox)</summary>
    /// <remarks>
    /// For the organisation's staff: the requests parents and pupils sent from the open information resource, oldest
    /// first; `status=Pending` for those still waiting. They hold a child's personal data: each request shown is written
    /// to the audit log. Paged (`page`, `pageSize` up to 200). Another organisation's programme answers 404.
    /// </remarks>
    public static async Task<Ok<PagedList<JoinRequestDto>>> GetJoinRequests(IMediator mediator, [AsParameters] GetJoinRequestsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Accept a join request into the mentee bank</summary>
    /// <remarks>
    /// For the organisation's staff, from stage 4 (else 409). The child becomes a pupil of the programme's organisation —
    /// or is the existing person given as `personId` — with the legal representative's consent recorded (given when the
    /// request was sent, with the consent text's version), and enters the mentee bank (data channel Parents, or Self when
    /// the pupil asked); with `tags`, the request's text becomes the mentee's first request. A request is handled once:
    /// accepting or declining a handled one answers 409, and of two decisions at once one wins.
    /// </remarks>
    public static async Task<Ok<JoinRequestDto>> AcceptJoinRequest(IMediator mediator, Guid programmeId, Guid requestId, AcceptJoinRequestCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, RequestId = requestId }, cancellationToken));

    /// <summary>Decline a join request</summary>
    /// <remarks>
    /// For the organisation's staff, with the reason the school gives the requester. A request is handled once: a
    /// handled one answers 409.
    /// </remarks>
    public static async Task<Ok<JoinRequestDto>> DeclineJoinRequest(IMediator mediator, Guid programmeId, Guid requestId, DeclineJoinRequestCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, RequestId = requestId }, cancellationToken));
}
