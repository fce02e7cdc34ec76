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

    /// <summary>Read the published coverage indicators of the region and its municipalities</summary>
    /// <remarks>
    /// Aggregated figures only — of the region and its municipalities, never of an organisation one by one — for a
    /// calendar year: each indicator (охват наставничеством and the others) with numerator, denominator, value (a share
    /// rounded to one decimal, or a count), target and whether it is met. Where the persons behind a figure are fewer
    /// than the configured minimum (5 by default), or only a few are left out, the figure could point at a person: it
    /// is hidden (`suppressed`, with numerator, value and met empty). Totals by default, breakdowns with
    /// `includeBreakdowns=true`; filter by `regionId`, `municipalityId`, `level` (Region or Municipality), `year` and
    /// `indicator`. Newest year first; paged (`page`, `pageSize` up to 200). Anonymous and read-only (открытый
    /// информационный ресурс), callable from the configured frontends (CORS); cacheable: `ETag`, `Last-Modified`,
    /// `Cache-Control: public, max-age=…`, and 304 to a matching `If-None-Match`;
    /// compressed (Brotli or gzip) when `Accept-Encoding` allows it.
    /// </remarks>
    public static async Task<Ok<PagedList<PublicIndicatorDto>>> GetPublicIndicators(IMediator mediator, [AsParameters] GetPublicIndicatorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
