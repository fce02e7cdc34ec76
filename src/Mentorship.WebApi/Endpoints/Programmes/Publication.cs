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

    public static Task<Ok<PublicationStateDto>> PublishProgramme(IMediator mediator, HttpContext context, Guid programmeId, CancellationToken cancellationToken) =>
        Send(mediator, context, new PublishProgrammeCommand(programmeId, ETags.ExpectedVersion(context.Request)), cancellationToken);

    public static Task<Ok<PublicationStateDto>> UnpublishProgramme(IMediator mediator, HttpContext context, Guid programmeId, CancellationToken cancellationToken) =>
        Send(mediator, context, new UnpublishProgrammeCommand(programmeId, ETags.ExpectedVersion(context.Request)), cancellationToken);

    public static Task<Ok<PublicationStateDto>> PublishSuccessCase(IMediator mediator, HttpContext context, Guid programmeId, Guid caseId, CancellationToken cancellationToken) =>
        Send(mediator, context, new PublishSuccessCaseCommand(programmeId, caseId, ETags.ExpectedVersion(context.Request)), cancellationToken);

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
