using MediatR;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;
using Mentorship.Application.Programmes.Publication.Commands.PublishSuccessCase;
using Mentorship.Application.Programmes.Publication.Commands.UnpublishProgramme;
using Mentorship.Application.Programmes.Publication.Commands.UnpublishSuccessCase;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>A curator publishes or unpublishes a programme and its success cases on the open information resource.</summary>
public static class Publication
{
    public static RouteGroupBuilder MapPublication(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Publication");
        group.MapPost("/publish", PublishProgramme).WithName(nameof(PublishProgramme)).ProducesPublicationProblems();
        group.MapPost("/unpublish", UnpublishProgramme).WithName(nameof(UnpublishProgramme)).ProducesPublicationProblems();
        group.MapPost("/cases/{caseId:guid}/publish", PublishSuccessCase).WithName(nameof(PublishSuccessCase)).ProducesPublicationProblems();
        group.MapPost("/cases/{caseId:guid}/unpublish", UnpublishSuccessCase).WithName(nameof(UnpublishSuccessCase)).ProducesPublicationProblems();
        return group;
    }

    /// <summary>Publish a programme on the open information resource (открытый информационный ресурс)</summary>
    /// <remarks>
    /// For the organisation's staff, so that parents, pupils and partners find the programme. What is public is the
    /// programme's title, description, years and stage, its organisation with its public contacts, partners, forms and
    /// formats, tasks and expected results — never personal data (not even the curator's name). Publishing a published
    /// programme answers 409. Answers the publication state and a new `ETag`; send the `ETag` you read as `If-Match` (a
    /// stale one answers 412).
    /// </remarks>
    public static Task<Ok<PublicationStateDto>> PublishProgramme(IMediator mediator, HttpContext context, Guid programmeId, CancellationToken cancellationToken) =>
        Send(mediator, context, new PublishProgrammeCommand(programmeId, ETags.ExpectedVersion(context.Request)), cancellationToken);

    /// <summary>Take a programme off the open information resource</summary>
    /// <remarks>
    /// For the organisation's staff. The programme, and with it its success cases, disappear from the public search.
    /// Answers the publication state and a new `ETag`; a stale `If-Match` answers 412.
    /// </remarks>
    public static Task<Ok<PublicationStateDto>> UnpublishProgramme(IMediator mediator, HttpContext context, Guid programmeId, CancellationToken cancellationToken) =>
        Send(mediator, context, new UnpublishProgrammeCommand(programmeId, ETags.ExpectedVersion(context.Request)), cancellationToken);

    /// <summary>Publish a success case in the public base of best practices (база лучших практик)</summary>
    /// <remarks>
    /// For the organisation's staff, at completion (stage 6): the case then shows among the public practices while its
    /// programme is published. A case that is already published answers 409. The case must belong to the programme in
    /// the path (else 404). A stale `If-Match` answers 412.
    /// </remarks>
    public static Task<Ok<PublicationStateDto>> PublishSuccessCase(IMediator mediator, HttpContext context, Guid programmeId, Guid caseId, CancellationToken cancellationToken) =>
        Send(mediator, context, new PublishSuccessCaseCommand(programmeId, caseId, ETags.ExpectedVersion(context.Request)), cancellationToken);

    /// <summary>Take a success case out of the public base of best practices</summary>
    /// <remarks>
    /// For the organisation's staff. The case stays in the programme and can be published again. A stale `If-Match`
    /// answers 412.
    /// </remarks>
    public static Task<Ok<PublicationStateDto>> UnpublishSuccessCase(IMediator mediator, HttpContext context, Guid programmeId, Guid caseId, CancellationToken cancellationToken) =>
        Send(mediator, context, new UnpublishSuccessCaseCommand(programmeId, caseId, ETags.ExpectedVersion(context.Request)), cancellationToken);

    private static async Task<Ok<PublicationStateDto>> Send(IMediator mediator, HttpContext context, IRequest<PublicationStateDto> command, CancellationToken cancellationToken)
    {
        var publication = await mediator.Send(command, cancellationToken);
        ETags.Set(context, publication.Version);
        return TypedResults.Ok(publication);
    }

    private static RouteHandlerBuilder ProducesPublicationProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesUpdateProblems();
}
