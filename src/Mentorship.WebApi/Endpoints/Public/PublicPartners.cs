using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Partners.Queries.GetPublicPartners;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>Partners of published programmes, on the open information resource.</summary>
public static class PublicPartners
{
    public static RouteGroupBuilder MapPublicPartners(this RouteGroupBuilder api)
    {
        var group = api.MapPublicGroup();
        group.MapGet("/partners", GetPublicPartners).WithName(nameof(GetPublicPartners)).ProducesPublicProblems().ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<PagedList<PublicPartnerDto>>> GetPublicPartners(IMediator mediator, [AsParameters] GetPublicPartnersQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
