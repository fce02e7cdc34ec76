using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>Published practices (success cases), on the open information resource.</summary>
public static class PublicPractices
{
    public static RouteGroupBuilder MapPublicPractices(this RouteGroupBuilder api)
    {
        var group = api.MapPublicGroup();
        group.MapGet("/practices", GetPublicPractices).WithName(nameof(GetPublicPractices)).ProducesPublicProblems().ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<PagedList<PublicPracticeDto>>> GetPublicPractices(IMediator mediator, [AsParameters] GetPublicPracticesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
