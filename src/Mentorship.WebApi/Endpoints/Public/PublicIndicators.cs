using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>Published indicators, on the open information resource.</summary>
public static class PublicIndicators
{
    public static RouteGroupBuilder MapPublicIndicators(this RouteGroupBuilder api)
    {
        var group = api.MapPublicGroup();
        group.MapGet("/indicators", GetPublicIndicators).WithName(nameof(GetPublicIndicators)).ProducesPublicProblems().ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<PagedList<PublicIndicatorDto>>> GetPublicIndicators(IMediator mediator, [AsParameters] GetPublicIndicatorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
