using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.Regions.Commands.CreateRegion;
using Mentorship.Application.Territory.Regions.Commands.UpdateRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegions;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Territory;

public static class Regions
{
    public static RouteGroupBuilder MapRegions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Territory");
        group.MapGet("", GetRegions).WithName(nameof(GetRegions)).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetRegion).WithName(nameof(GetRegion)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateRegion).WithName(nameof(CreateRegion)).ProducesWriteProblems();
        group.MapPut("/{id:guid}", UpdateRegion).WithName(nameof(UpdateRegion)).ProducesWriteProblems().ProducesUpdateProblems();
        return group;
    }

    /// <summary>List the regions (субъекты РФ)</summary>
    /// <remarks>
    /// Any signed-in user, to pick a region before choosing its municipalities and organisations. Sorted by the
    /// two-digit region code; `search` matches part of the name or the exact code (up to 200 characters). Paged: `page`
    /// from 1, `pageSize` up to 200, with the total count.
    /// </remarks>
    public static async Task<Ok<PagedList<RegionDto>>> GetRegions(IMediator mediator, [AsParameters] GetRegionsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read one region (субъект РФ)</summary>
    /// <remarks>
    /// Any signed-in user. Gives the code, the name and the pupils' age band of the region's coverage indicator (by
    /// default 10 to 18 years inclusive; some regions count 11–18), and an `ETag` to send as `If-Match` when updating
    /// it. An unknown region answers 404.
    /// </remarks>
    public static async Task<Ok<RegionDto>> GetRegion(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(new GetRegionQuery(id), cancellationToken);
        ETags.Set(context, region.Version);
        return TypedResults.Ok(region);
    }

    /// <summary>Register a region (субъект РФ)</summary>
    /// <remarks>
    /// Administrators, when a region joins the system. The code is two digits, such as "38" (Irkutsk oblast), and is
    /// unique: a code already registered is refused with 409. The pupils' age band of the coverage indicator
    /// (`pupilAgeFrom`–`pupilAgeTo`) defaults to 10–18 and must lie within the allowed bounds with its start not after
    /// its end. Answers 201 with the region and its `ETag`.
    /// </remarks>
    public static async Task<Created<RegionDto>> CreateRegion(IMediator mediator, HttpContext context, CreateRegionCommand command, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(command, cancellationToken);
        ETags.Set(context, region.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/regions/{region.Id}", region);
    }

    /// <summary>Change a region's code, name or pupils' age band</summary>
    /// <remarks>
    /// Administrators. The same rules as on registration (a unique two-digit code, a valid age band); an age bound left
    /// out keeps its current value. Changing the age band changes who counts as a pupil aged 10–18 (обучающиеся в
    /// возрасте 10–18 лет) at the next recompute of the monitoring. Send the `ETag` of the version you read as
    /// `If-Match`: a stale one answers 412.
    /// </remarks>
    public static async Task<Ok<RegionDto>> UpdateRegion(IMediator mediator, HttpContext context, Guid id, UpdateRegionCommand command, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, region.Version);
        return TypedResults.Ok(region);
    }
}
