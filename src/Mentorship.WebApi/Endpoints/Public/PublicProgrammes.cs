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

    /// <summary>Search the published mentorship programmes</summary>
    /// <remarks>
    /// For parents, pupils and partners looking for a programme near them. Only published programmes appear, never of
    /// an individual entrepreneur, and never a person's data. `search` takes words that start words of the title,
    /// description or organisation name (case-insensitive, ё = е); filter by `regionId`, `municipalityId`,
    /// `organizationKind`, `form` (форма наставничества: ученик–ученик, учитель–учитель, студент–ученик,
    /// работодатель–ученик …), `format` and `academicYear` ("2024/2025": programmes running that year). `sort` is Title
    /// (default) or Newest. Paged (`page`, `pageSize` up to 200), stable across pages; `totalCount` is exact up to
    /// 1 000 matches (and one past the page asked for) — a search matching more answers `totalCountExact: false`
    /// with the count as a lower bound ("1000+"), `hasNextPage` right either way. Anonymous and read-only
    /// (открытый информационный ресурс), callable from the configured frontends (CORS); cacheable: `ETag`,
    /// `Last-Modified`, `Cache-Control: public, max-age=…`, and 304 to a matching `If-None-Match`;
    /// compressed (Brotli or gzip) when `Accept-Encoding` allows it.
    /// </remarks>
    public static async Task<Ok<PublicProgrammePage>> GetPublicProgrammes(IMediator mediator, [AsParameters] GetPublicProgrammesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a published programme</summary>
    /// <remarks>
    /// The programme's page on the open information resource: title, description, years, stage (with its title in the
    /// caller's language), status, the organisation and its public contacts, partners and what they bring, forms and
    /// formats with their titles, and the tasks with their expected results — nothing about a person. An unpublished or
    /// unknown programme answers 404 alike. Anonymous and read-only (открытый информационный ресурс), callable from the
    /// configured frontends (CORS); cacheable: `ETag`, `Last-Modified`, `Cache-Control: public, max-age=…`, and 304 to a matching `If-None-Match`;
    /// compressed (Brotli or gzip) when `Accept-Encoding` allows it.
    /// </remarks>
    public static async Task<Ok<PublicProgrammeDto>> GetPublicProgramme(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicProgrammeQuery(id), cancellationToken));
}
