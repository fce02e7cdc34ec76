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

    /// <summary>Read the base of best practices (база лучших практик наставничества)</summary>
    /// <remarks>
    /// Success cases that curators published at completion (stage 6), while their programme is published: title, the
    /// curator's public text, the programme, its organisation, municipality and region. Newest first; filter by region,
    /// municipality, organisation, programme, mentoring form and academic year. Paged (`page`, `pageSize` up to 200).
    /// Anonymous and read-only (открытый информационный ресурс), callable from the configured frontends (CORS);
    /// cacheable: `ETag`, `Last-Modified`, `Cache-Control: public, max-age=…`, and 304 to a matching `If-None-Match`;
    /// compressed (Brotli or gzip) when `Accept-Encoding` allows it.
    /// </remarks>
    public static async Task<Ok<PagedList<PublicPracticeDto>>> GetPublicPractices(IMediator mediator, [AsParameters] GetPublicPracticesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
