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

    /// <summary>Search the directory of organisations</summary>
    /// <remarks>
    /// Schools, colleges, additional education centres and the other organisations of the region with their public
    /// contacts (reception e-mail, phone, website, address — never a person's) and whether they run a published
    /// programme this academic year. Archived organisations and individual entrepreneurs are left out. `search` takes
    /// words of the name or short name (case-insensitive, ё = е); filter by `regionId`, `municipalityId`, `kind` and
    /// `runsProgrammeThisYear`. Sorted by name; paged (`page`, `pageSize` up to 200). Anonymous and read-only (открытый
    /// информационный ресурс), callable from the configured frontends (CORS); cacheable: `ETag`, `Last-Modified`,
    /// `Cache-Control: public, max-age=…`, and 304 to a matching `If-None-Match`;
    /// compressed (Brotli or gzip) when `Accept-Encoding` allows it.
    /// </remarks>
    public static async Task<Ok<PagedList<PublicOrganizationDto>>> GetPublicOrganizations(IMediator mediator, [AsParameters] GetPublicOrganizationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
