using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;
using Mentorship.Application.Roadmaps.Commands.ApproveRoadmap;
using Mentorship.Application.Roadmaps.Commands.CreateRoadmap;
using Mentorship.Application.Roadmaps.Commands.DeleteRoadmap;
using Mentorship.Application.Roadmaps.Commands.RemoveRoadmapItem;
using Mentorship.Application.Roadmaps.Commands.ReturnRoadmap;
using Mentorship.Application.Roadmaps.Commands.SubmitRoadmap;
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
        group.MapPost("/{id:guid}/submit", SubmitRoadmap).WithName(nameof(SubmitRoadmap))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesUpdateProblems();
        group.MapPost("/{id:guid}/return", ReturnRoadmap).WithName(nameof(ReturnRoadmap)).ProducesWriteProblems().ProducesUpdateProblems();
        group.MapPost("/{id:guid}/items", AddRoadmapItem).WithName(nameof(AddRoadmapItem)).ProducesWriteProblems();
        group.MapPut("/{id:guid}/items/{itemId:guid}", UpdateRoadmapItem).WithName(nameof(UpdateRoadmapItem)).ProducesWriteProblems();
        group.MapDelete("/{id:guid}/items/{itemId:guid}", RemoveRoadmapItem).WithName(nameof(RemoveRoadmapItem))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>List the roadmaps (дорожные карты) of municipalities and organisations</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators, within their scope: a
    /// municipality's roadmap of implementing the target model of mentorship, or a school's. Each with its owner,
    /// title, period (`startYear`–`endYear`), academic year, status (Draft, Submitted, Returned, Approved), and its items.
    /// `municipalityId` lists the municipality's own roadmaps and those of its organisations; filter by
    /// `organizationId`, `academicYear`, `year` (the period includes it), `status` (Submitted: waiting for review) and
    /// `overdueOnly` (roadmaps with an item past its due date). Latest period first, then by title; paged (`page`,
    /// `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<RoadmapDto>>> GetRoadmaps(IMediator mediator, [AsParameters] GetRoadmapsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a roadmap with its plan items</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators, within their scope
    /// (else 404). The items are numbered measures («1.1») in their number's order, under the stages
    /// (analytical-conceptual, organisational-preparatory, reflexive-analytical: аналитико-концептуальный,
    /// организационно-подготовительный, рефлексивно-аналитический), each with its deadline — a date, or a term kept as
    /// written («Ежемесячно», «Май 2020 года») with its parsed schedule and due date — place or level, the responsible,
    /// planned result, status (Planned, InProgress, Done, Cancelled), the actual result and whether it is overdue
    /// (flagged by a daily job). Carries an `ETag` for updates.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> GetRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new GetRoadmapQuery(id), cancellationToken));

    /// <summary>Start a roadmap of a municipality or of an organisation for a period of years</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators. A roadmap belongs to
    /// exactly one owner: a municipality the caller manages (municipal coordinator and above) or an organisation the
    /// caller sees — giving both or neither is refused. The title and the period (`startYear`, `endYear`: 2020–2024, up
    /// to ten years) are required; an academic year ("2024/2025") alone gives its two calendar years. It starts as a
    /// Draft. Answers 201 with the roadmap and its `ETag`.
    /// </remarks>
    public static async Task<Created<RoadmapDto>> CreateRoadmap(IMediator mediator, HttpContext context, CreateRoadmapCommand command, CancellationToken cancellationToken)
    {
        var roadmap = await mediator.Send(command, cancellationToken);
        ETags.Set(context, roadmap.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/roadmaps/{roadmap.Id}", roadmap);
    }

    /// <summary>Rename a roadmap or change its period and academic year</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators; a municipality's
    /// roadmap only by those who manage the municipality; only a Draft or Returned one (409 otherwise). Send the `ETag`
    /// you read as `If-Match`: a stale one answers 412.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> UpdateRoadmap(IMediator mediator, HttpContext context, Guid id, UpdateRoadmapCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Delete a roadmap</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators; a municipality's
    /// roadmap only by those who manage the municipality. A submitted or approved roadmap cannot be deleted (409). A stale
    /// `If-Match` answers 412. Answers 204.
    /// </remarks>
    public static async Task<NoContent> DeleteRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Approve a submitted roadmap</summary>
    /// <remarks>
    /// For the reviewer: a school's roadmap is approved by the municipal coordinator of the school's municipality (or the
    /// regional coordinator above), a municipality's by the regional coordinator; another coordinator who sees it is
    /// refused (403), one who does not gets 404. Only a submitted roadmap is approved (409 otherwise, and the second
    /// time); then its plan is fixed — items still record progress — and it cannot be deleted. Who approved it and when
    /// are recorded and audited. Two approvals at once: one wins, the other answers 412 (as does a stale `If-Match`).
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> ApproveRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new ApproveRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken));

    /// <summary>Submit a roadmap for approval</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators who may change it. A
    /// draft or returned roadmap with at least one item goes to its reviewer — a school's to its municipal coordinator,
    /// a municipality's to the regional coordinator — and its plan is fixed until it is returned. 409 when it is
    /// already submitted or approved, or has no items. Audited (submitted, or resubmitted after a return).
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> SubmitRoadmap(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new SubmitRoadmapCommand(id, ETags.ExpectedVersion(context.Request)), cancellationToken));

    /// <summary>Return a submitted roadmap for changes, with a comment</summary>
    /// <remarks>
    /// For the reviewer, as for approval (403 for another coordinator who sees it). The `comment` saying what to change
    /// is required (400 naming it); the roadmap becomes Returned, editable again, and is resubmitted when ready. 409
    /// unless it is submitted. Audited with the comment.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> ReturnRoadmap(IMediator mediator, HttpContext context, Guid id, ReturnRoadmapCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Add a measure (мероприятие) to a roadmap</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators, while the roadmap is a
    /// Draft or Returned (409 otherwise). The number («1.1», unique in the roadmap: 409 `roadmap_workflow.item_number_taken`),
    /// stage, measure and deadline are required: either `deadline`, a date, or `term` as written — a one-off term
    /// («Май 2020 года», «До 30 апреля 2020 года», «Ноябрь-декабрь 2020 года», «II квартал 2021 года») is due on its last
    /// day, which must fall in the period; a recurring one («Ежемесячно», «Ежеквартально», «Ежегодно», «ежегодно, май»)
    /// is due at the end of each occurrence, counted from the day it is added; «по мере необходимости» and a term not
    /// understood are kept as written with no due date. Place or level, the responsible and the planned result are
    /// optional. The item starts Planned and is flagged overdue once its due date passes while it is still open.
    /// Answers the roadmap with all items.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> AddRoadmapItem(IMediator mediator, HttpContext context, Guid id, AddRoadmapItemCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { RoadmapId = id }, cancellationToken));

    /// <summary>Change a roadmap measure or move it on: in progress, done with its result, cancelled</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators. The plan (number,
    /// stage, measure, deadline or term, place, responsible, planned result) is replaced while the roadmap is a Draft
    /// or Returned — once submitted or approved a changed plan answers 409 and the same plan sent again is no change.
    /// `status` moves the item on whatever the approval — InProgress, Done (with its result, the date of completion
    /// recorded) or Cancelled (with a reason in `result`). Done on a recurring item completes its current occurrence:
    /// the due date moves to the next one and the item stays InProgress (send Done again for the next), until the
    /// period has none left. The same status leaves it as it is; an item cannot go back to Planned, and a done or
    /// cancelled item cannot move on again (409). An item of another roadmap answers 404.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> UpdateRoadmapItem(IMediator mediator, HttpContext context, Guid id, Guid itemId, UpdateRoadmapItemCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(command with { RoadmapId = id, ItemId = itemId }, cancellationToken));

    /// <summary>Remove a measure from a roadmap</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and coordinators, while the roadmap is a
    /// Draft or Returned (409 otherwise). An item of another roadmap answers 404. Answers the roadmap with the items left.
    /// </remarks>
    public static async Task<Ok<RoadmapDto>> RemoveRoadmapItem(IMediator mediator, HttpContext context, Guid id, Guid itemId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new RemoveRoadmapItemCommand(id, itemId), cancellationToken));

    private static Ok<RoadmapDto> Versioned(HttpContext context, RoadmapDto roadmap)
    {
        ETags.Set(context, roadmap.Version);
        return TypedResults.Ok(roadmap);
    }
}
