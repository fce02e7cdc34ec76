using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;
using Mentorship.Application.Roadmaps.Commands.ApproveRoadmap;
using Mentorship.Application.Roadmaps.Commands.CreateRoadmap;
using Mentorship.Application.Roadmaps.Commands.DeleteRoadmap;
using Mentorship.Application.Roadmaps.Commands.RemoveRoadmapItem;
using Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;
using Mentorship.Application.Roadmaps.Commands.UpdateRoadmapItem;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Application.Roadmaps.Queries.GetRoadmaps;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Roadmaps;

/// <summary>Roadmaps (дорожные карты) of municipalities and organisations, with their plan items.</summary>
public static class Roadmaps
{
    public static RouteGroupBuilder MapRoadmaps(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/roadmaps").WithTags("Roadmaps");
        group.MapGet("", GetRoadmaps).WithName(nameof(GetRoadmaps)).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetRoadmap).WithName(nameof(GetRoadmap)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateRoadmap).WithName(nameof(CreateRoadmap)).ProducesWriteProblems();
        group.MapPut("/{id:guid}", UpdateRoadmap).WithName(nameof(UpdateRoadmap)).ProducesWriteProblems().ProducesUpdateProblems();
        group.MapDelete("/{id:guid}", DeleteRoadmap).WithName(nameof(DeleteRoadmap))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesUpdateProblems();
        group.MapPost("/{id:guid}/approve", ApproveRoadmap).WithName(nameof(ApproveRoadmap))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesUpdateProblems();
        group.MapPost("/{id:guid}/items", AddRoadmapItem).WithName(nameof(AddRoadmapItem)).ProducesWriteProblems();
        group.MapPut("/{id:guid}/items/{itemId:guid}", UpdateRoadmapItem).WithName(nameof(UpdateRoadmapItem)).ProducesWriteProblems();
        group.MapDelete("/{id:guid}/items/{itemId:guid}", RemoveRoadmapItem).WithName(nameof(RemoveRoadmapItem)).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<PagedList<RoadmapDto>>> GetRoadmaps(IMediator mediator, [AsParameters] GetRoadmapsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<RoadmapDto>> GetRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new GetRoadmapQuery(id), cancellationToken));

    public static async Task<Created<RoadmapDto>> CreateRoadmap(IMediator mediator, HttpContext context, CreateRoadmapCommand command, CancellationToken cancellationToken)
    {
        var roadmap = await mediator.Send(command, cancellationToken);
        ETags.Set(context, roadmap.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/roadmaps/{roadmap.Id}", roadmap);
    }

    public static async Task<Ok<RoadmapDto>> UpdateRoadmap(IMediator mediator, HttpContext context, Guid id, UpdateRoadmapCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    public static async Task<NoContent> DeleteRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<RoadmapDto>> ApproveRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new ApproveRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken));

    public static async Task<Ok<RoadmapDto>> AddRoadmapItem(IMediator mediator, HttpContext context, Guid id, AddRoadmapItemCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { RoadmapId = id }, cancellationToken));

    public static async Task<Ok<RoadmapDto>> UpdateRoadmapItem(IMediator mediator, HttpContext context, Guid id, Guid itemId, UpdateRoadmapItemCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { RoadmapId = id, ItemId = itemId }, cancellationToken));

    public static async Task<Ok<RoadmapDto>> RemoveRoadmapItem(IMediator mediator, HttpContext context, Guid id, Guid itemId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new RemoveRoadmapItemCommand(id, itemId), cancellationToken));

    private static Ok<RoadmapDto> Versioned(HttpContext context, RoadmapDto roadmap)
    {
        ETags.Set(context, roadmap.Version);
        return TypedResults.Ok(roadmap);
    }
}
