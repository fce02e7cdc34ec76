using MediatR;
using Mentorship.Application.Public.JoinRequests.Commands.SubmitJoinRequest;
using Mentorship.Application.Public.JoinRequests.Queries.GetJoinRequestStatus;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>The one write of the open information resource: a parent's (or a pupil's) request to join a programme.</summary>
public static class PublicJoinRequests
{
    public static RouteGroupBuilder MapPublicJoinRequests(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Public").AllowAnonymous().RequireCors(PublicResource.JoinRequestsCorsPolicy);
        group.MapPost("/programmes/{programmeId:guid}/join-requests", SubmitJoinRequest).WithName(nameof(SubmitJoinRequest))
            .RequireRateLimiting(RateLimiting.JoinRequestsPolicy)
            .AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotencyKeyMetadata())
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/join-requests/{reference}", GetJoinRequestStatus).WithName(nameof(GetJoinRequestStatus))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>Ask to join a published programme (заявка на участие)</summary>
    /// <remarks>
    /// For a parent or another legal representative — or a pupil from 14 — on the open information resource: the child
    /// (name, birth date or grade), the requester's e-mail or phone, the form of interest or the request in words, and
    /// the legal representative's consent to the processing of the child's personal data (`consent.given` must be true,
    /// with the representative's name and the version of the consent text shown). A pupil sending it gives the birth
    /// date (14 or more). Answers 202 with the request's reference and nothing else: the request lands in the curator's
    /// inbox of the mentee bank and is never shown by a public endpoint. An unpublished or unknown programme answers 404,
    /// a closed one 409. `Location` is where to see the request's status later. Send an `Idempotency-Key` header: a retry with the same key and body returns the first answer
    /// and sends nothing twice. Limited per client address (`RateLimiting:JoinRequests`): above it 429 with
    /// `Retry-After`. Anonymous; callable from the configured frontends (CORS).
    /// </remarks>
    public static async Task<Accepted<JoinRequestReceiptDto>> SubmitJoinRequest(IMediator mediator, Guid programmeId, SubmitJoinRequestCommand command, CancellationToken cancellationToken)
    {
        var receipt = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Accepted($"{DependencyInjection.ApiBase}/public/join-requests/{receipt.Reference}", receipt);
    }

    /// <summary>See where a join request stands</summary>
    /// <remarks>
    /// For whoever holds the reference given when the request was sent (the `Location` of that answer): Pending, Accepted
    /// or Declined, and when — never the child, the contact or the reason. An unknown reference answers 404. Anonymous.
    /// </remarks>
    public static async Task<Ok<JoinRequestStatusDto>> GetJoinRequestStatus(IMediator mediator, string reference, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetJoinRequestStatusQuery(reference), cancellationToken));
}
