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

    public static async Task<Ok<PagedList<RegionDto>>> GetRegions(IMediator mediator, [AsParameters] GetRegionsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<RegionDto>> GetRegion(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(new GetRegionQuery(id), cancellationToken);
        ETags.Set(context, region.Version);
        return TypedResults.Ok(region);
    }

    public static async Task<Created<RegionDto>> CreateRegion(IMediator mediator, HttpContext context, CreateRegionCommand command, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(command, cancellationToken);
        ETags.Set(context, region.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/regions/{region.Id}", region);
    }

    public static async Task<Ok<RegionDto>> UpdateRegion(IMediator mediator, HttpContext context, Guid id, UpdateRegionCommand command, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, region.Version);
        return TypedResults.Ok(region);
    }
}
