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

    /// <summary>List the roadmaps (дорожные карты) of municipalities and organisations</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators, within their scope: a
    /// municipality's roadmap of implementing the target model of mentorship, or a school's. Each with its owner,
    /// title, academic year, whether it is approved, and its items. `municipalityId` lists the municipality's own
    /// roadmaps and those of its organisations; filter by `organizationId`, `academicYear` and `overdueOnly` (roadmaps
    /// with an item past its deadline). Newest year first, then by title; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<RoadmapDto>>> GetRoadmaps(IMediator mediator, [AsParameters] GetRoadmapsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a roadmap with its plan items</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators, within their scope
    /// (else 404). The items are numbered measures grouped by stage (analytical-conceptual, organisational-preparatory,
    /// reflexive-analytical: аналитико-концептуальный, организационно-подготовительный, рефлексивно-аналитический),
    /// each with its deadline, the responsible, status (Planned, InProgress, Done, Cancelled), the result and whether
    /// it is overdue (flagged by a daily job). Carries an `ETag` for updates.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> GetRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new GetRoadmapQuery(id), cancellationToken));

    /// <summary>Start a roadmap of a municipality or of an organisation for an academic year</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators. A roadmap belongs to
    /// exactly one owner: a municipality the caller manages (municipal coordinator and above) or an organisation the
    /// caller sees — giving both or neither is refused. The title and the academic year ("2024/2025") are required.
    /// Answers 201 with the roadmap and its `ETag`.
    /// </remarks>
    public static async Task<Created<RoadmapDto>> CreateRoadmap(IMediator mediator, HttpContext context, CreateRoadmapCommand command, CancellationToken cancellationToken)
    {
        var roadmap = await mediator.Send(command, cancellationToken);
        ETags.Set(context, roadmap.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/roadmaps/{roadmap.Id}", roadmap);
    }

    /// <summary>Rename a roadmap or change its academic year</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators; a municipality's
    /// roadmap only by those who manage the municipality. Send the `ETag` you read as `If-Match`: a stale one answers
    /// 412.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> UpdateRoadmap(IMediator mediator, HttpContext context, Guid id, UpdateRoadmapCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Delete a roadmap</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators; a municipality's
    /// roadmap only by those who manage the municipality. An approved roadmap cannot be deleted (409). A stale
    /// `If-Match` answers 412. Answers 204.
    /// </remarks>
    public static async Task<NoContent> DeleteRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Approve a roadmap</summary>
    /// <remarks>
    /// For the regional coordinator (региональный координатор) and administrators, within their region. A roadmap is
    /// approved once (409 the second time) and then cannot be deleted; who approved it and when are recorded. A stale
    /// `If-Match` answers 412.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> ApproveRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new ApproveRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken));

    /// <summary>Add a measure (мероприятие) to a roadmap</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators. The stage, the
    /// measure and its deadline are required, the responsible (a name or a position) optional. The item starts Planned
    /// and is flagged overdue once its deadline passes while it is still open. Answers the roadmap with all items.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> AddRoadmapItem(IMediator mediator, HttpContext context, Guid id, AddRoadmapItemCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { RoadmapId = id }, cancellationToken));

    /// <summary>Change a roadmap measure or move it on: in progress, done with its result, cancelled</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators. The stage, measure,
    /// deadline and responsible are replaced; `status` moves the item on — InProgress, Done (with its result, the date
    /// of completion recorded) or Cancelled (with a reason in `result`). The same status leaves it as it is; an item
    /// cannot go back to Planned, and a done or cancelled item cannot move on again (409). An item of another roadmap
    /// answers 404.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> UpdateRoadmapItem(IMediator mediator, HttpContext context, Guid id, Guid itemId, UpdateRoadmapItemCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { RoadmapId = id, ItemId = itemId }, cancellationToken));

    /// <summary>Remove a measure from a roadmap</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators. An item of another
    /// roadmap answers 404. Answers the roadmap with the items left.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> RemoveRoadmapItem(IMediator mediator, HttpContext context, Guid id, Guid itemId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new RemoveRoadmapItemCommand(id, itemId), cancellationToken));

    private static Ok<RoadmapDto> Versioned(HttpContext context, RoadmapDto roadmap)
    {
        ETags.Set(context, roadmap.Version);
        return TypedResults.Ok(roadmap);
    }
}
