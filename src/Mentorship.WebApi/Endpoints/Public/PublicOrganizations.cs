using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Public;

/// <summary>Organisations with published programmes, on the open information resource.</summary>
public static class PublicOrganizations
{
    public static RouteGroupBuilder MapPublicOrganizations(this RouteGroupBuilder api)
    {
        var group = api.MapPublicGroup();
        group.MapGet("/organizations", GetPublicOrganizations).WithName(nameof(GetPublicOrganizations)).ProducesPublicProblems().ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<PagedList<PublicOrganizationDto>>> GetPublicOrganizations(IMediator mediator, [AsParameters] GetPublicOrganizationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
