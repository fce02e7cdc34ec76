using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>Published programmes of the open information resource.</summary>
public static class PublicProgrammes
{
    public static RouteGroupBuilder MapPublicProgrammes(this RouteGroupBuilder api)
    {
        var group = api.MapPublicGroup();
        group.MapGet("/programmes", GetPublicProgrammes).WithName(nameof(GetPublicProgrammes)).ProducesPublicProblems().ProducesValidationProblem();
        group.MapGet("/programmes/{id:guid}", GetPublicProgramme).WithName(nameof(GetPublicProgramme)).ProducesPublicProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<PagedList<PublicProgrammeSummaryDto>>> GetPublicProgrammes(IMediator mediator, [AsParameters] GetPublicProgrammesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PublicProgrammeDto>> GetPublicProgramme(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicProgrammeQuery(id), cancellationToken));
}
