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

    /// <summary>Search the partners of published programmes (employers, NGOs, colleges, universities)</summary>
    /// <remarks>
    /// Organisations that are partners (партнёры) of at least one published programme, with their public contacts and
    /// the programmes they support and what they bring to each. `search` takes words of the name (case-insensitive, ё =
    /// е); filter by `regionId`, `municipalityId` and `kind` (e.g. Employer, Ngo, HigherEducation). Sorted by name;
    /// paged (`page`, `pageSize` up to 200). Anonymous and read-only (открытый информационный ресурс), callable from
    /// the configured frontends (CORS); cacheable: `ETag`, `Last-Modified`, `Cache-Control: public, max-age=…`, and 304 to a matching `If-None-Match`;
    /// compressed (Brotli or gzip) when `Accept-Encoding` allows it.
    /// </remarks>
    public static async Task<Ok<PagedList<PublicPartnerDto>>> GetPublicPartners(IMediator mediator, [AsParameters] GetPublicPartnersQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
