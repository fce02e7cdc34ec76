using MediatR;
using Mentorship.Application.Programmes.Publication.Commands.SetCuratorContact;
using Mentorship.Application.Programmes.Publication.Commands.SetPublicPage;
using Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>What a programme's public page tells parents and pupils, and whose contact it shows.</summary>
public static class ProgrammePublicPage
{
    public static RouteGroupBuilder MapProgrammePublicPage(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programmes/{programmeId:guid}/public-page").WithTags("Publication");
        group.MapGet("/", GetPublicPage).WithName(nameof(GetPublicPage)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/", SetPublicPage).WithName(nameof(SetPublicPage)).ProducesWriteProblems();
        group.MapPut("/curator-contact", SetCuratorContact).WithName(nameof(SetCuratorContact)).ProducesWriteProblems();
        return group;
    }

    /// <summary>Read the programme's texts for parents and pupils and the curator's contact agreement</summary>
    /// <remarks>For the organisation's staff.</remarks>
    public static async Task<Ok<ProgrammePublicPageDto>> GetPublicPage(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicPageQuery(programmeId), cancellationToken));

    /// <summary>Set the programme's description for parents (and pupils)</summary>
    /// <remarks>
    /// For the organisation's staff: `parentsText` and `pupilsText` show on the programme's public page while it is
    /// published (at once: the server's cache of public pages is evicted on commit). An empty text removes it.
    /// </remarks>
    public static async Task<Ok<ProgrammePublicPageDto>> SetPublicPage(IMediator mediator, Guid programmeId, SetPublicPageCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Record or withdraw the curator's agreement to publish a work contact</summary>
    /// <remarks>
    /// For the organisation's staff, on the curator's word. `publish: true` records the agreement with today's date and
    /// the work e-mail or phone (and the name to show, the team's curator name by default): the public page then shows
    /// this contact instead of the organisation's. `publish: false` withdraws it: the contact disappears from the public
    /// page at once and is forgotten. The agreement belongs to the curator who gave it: when another curator is appointed
    /// the public page shows the organisation's contact again. No curator appointed answers 409.
    /// </remarks>
    public static async Task<Ok<ProgrammePublicPageDto>> SetCuratorContact(IMediator mediator, Guid programmeId, SetCuratorContactCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));
}
