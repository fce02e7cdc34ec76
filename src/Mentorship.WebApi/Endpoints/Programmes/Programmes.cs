using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Commands.AdvanceProgrammeStage;
using Mentorship.Application.Programmes.Commands.CloseProgramme;
using Mentorship.Application.Programmes.Commands.CreateProgramme;
using Mentorship.Application.Programmes.Commands.ReturnProgrammeStage;
using Mentorship.Application.Programmes.Commands.UpdateProgramme;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Queries.GetProgrammeHistory;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Application.Programmes.Queries.GetProgrammes;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>A programme: its register, its stage (advance, return, history) and its closing.</summary>
public static class Programmes
{
    private const int NotFound = StatusCodes.Status404NotFound;
    private const int Conflict = StatusCodes.Status409Conflict;

    public static RouteGroupBuilder MapProgrammes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programmes").WithTags("Programmes");
        group.MapGet("", GetProgrammes).WithName(nameof(GetProgrammes)).ProducesValidationProblem();
        group.MapGet("/{programmeId:guid}", GetProgramme).WithName(nameof(GetProgramme)).ProducesProblem(NotFound);
        group.MapPost("", CreateProgramme).WithName(nameof(CreateProgramme)).ProducesWriteProblems();
        group.MapPut("/{programmeId:guid}", UpdateProgramme).WithName(nameof(UpdateProgramme)).ProducesWriteProblems().ProducesUpdateProblems();
        group.MapGet("/{programmeId:guid}/stage", GetProgrammeStage).WithName(nameof(GetProgrammeStage)).ProducesProblem(NotFound);
        group.MapPost("/{programmeId:guid}/stage/advance", AdvanceProgrammeStage).WithName(nameof(AdvanceProgrammeStage)).ProducesProblem(NotFound).Produces<StageGateProblem>(Conflict, ResponsesOperationFilter.ProblemMediaType);
        group.MapPost("/{programmeId:guid}/stage/return", ReturnProgrammeStage).WithName(nameof(ReturnProgrammeStage)).ProducesWriteProblems();
        group.MapGet("/{programmeId:guid}/history", GetProgrammeHistory).WithName(nameof(GetProgrammeHistory)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{programmeId:guid}/close", CloseProgramme).WithName(nameof(CloseProgramme)).ProducesProblem(NotFound).Produces<StageGateProblem>(Conflict, ResponsesOperationFilter.ProblemMediaType);
        return group;
    }

    /// <summary>List mentorship programmes (программы наставничества)</summary>
    /// <remarks>
    /// For curators, organisation administrators and coordinators, within their scope; a mentor or mentee finds the
    /// programme they take part in. Each with its organisation, title, academic years, current stage (1–6) and status
    /// (active or closed). Filter by `organizationId`, `stage` and `status`; `search` takes words of the title. Sorted
    /// by title; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<ProgrammeSummaryDto>>> GetProgrammes(IMediator mediator, [AsParameters] GetProgrammesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a programme with its launch conditions</summary>
    /// <remarks>
    /// For the organisation's staff and coordinators, and the programme's mentors and mentees. Gives the title,
    /// description, academic years, stage and status, whether it is published on the open information resource, and the
    /// launch conditions of stage 1 (условия запуска): mentoring forms and formats, the organising team with the
    /// curator, the tasks and expected results and the normative documents. Carries an `ETag` for updates. A programme
    /// outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> GetProgramme(IMediator mediator, HttpContext context, Guid programmeId, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(new GetProgrammeQuery(programmeId), cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Ok(programme);
    }

    /// <summary>Start a mentorship programme of an organisation</summary>
    /// <remarks>
    /// For a curator, organisation administrator or coordinator, at the start of the target model in an organisation
    /// (внедрение целевой модели наставничества). The organisation must be in the caller's scope and not archived; the
    /// title and the first academic year are required ("2024/2025"), the last year may not be before it. The programme
    /// starts at stage 1, launch conditions. Answers 201 with the programme and its `ETag`.
    /// </remarks>
    public static async Task<Created<ProgrammeDto>> CreateProgramme(IMediator mediator, HttpContext context, CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(command, cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programme.Id}", programme);
    }

    /// <summary>Change a programme's title, description or academic years</summary>
    /// <remarks>
    /// For the organisation's staff. The same rules as on creation; a closed programme takes no changes (409). Send the
    /// `ETag` you read as `If-Match`: a stale one answers 412.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> UpdateProgramme(IMediator mediator, HttpContext context, Guid programmeId, UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(command with { Id = programmeId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Ok(programme);
    }

    /// <summary>See where a programme stands in the six stages and what is missing to move on</summary>
    /// <remarks>
    /// For the organisation's staff. Gives the current stage (1 launch conditions, 2 selection and training of mentors,
    /// 3 mentor bank, 4 mentee bank, 5 organisation of work, 6 completion), the next one, and the checklist of the
    /// stage's gate: each item with its stable code, title, whether it holds and what is missing. Stage 1 needs at
    /// least one form, a curator, a task, the order introducing the target model, the regulation on mentorship
    /// (положение о наставничестве) and the order appointing the curator; stage 2 an accepted candidate who completed
    /// training; stage 3 a mentor in the bank; stage 4 a mentee with a request; stage 5 an active pair or group; at
    /// stage 6 the programme closes once no pair or group is active.
    /// </remarks>
    public static async Task<Ok<ProgrammeStageDto>> GetProgrammeStage(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProgrammeStageQuery(programmeId), cancellationToken));

    /// <summary>Move a programme to its next stage</summary>
    /// <remarks>
    /// For the organisation's staff (the curator, as a rule), when the current stage's work is done. The programme
    /// moves one stage forward only when the gate of its stage holds; otherwise 409 with the checklist of what is
    /// missing. At stage 6 there is no next stage: close the programme instead (409). A closed programme does not move.
    /// The move is recorded in the programme's history.
    /// </remarks>
    public static async Task<Ok<ProgrammeStageDto>> AdvanceProgrammeStage(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AdvanceProgrammeStageCommand(programmeId), cancellationToken));

    /// <summary>Return a programme to an earlier stage, with a reason</summary>
    /// <remarks>
    /// For the organisation's staff, e.g. to recruit more mentors after stage 3. Only an earlier stage can be chosen
    /// (409 otherwise) and the reason is required; the return is recorded in the programme's history. A closed
    /// programme does not move.
    /// </remarks>
    public static async Task<Ok<ProgrammeStageDto>> ReturnProgrammeStage(IMediator mediator, Guid programmeId, ReturnProgrammeStageCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { Id = programmeId }, cancellationToken));

    /// <summary>Read a programme's stage history</summary>
    /// <remarks>
    /// For the organisation's staff: every move between stages, oldest first — from and to which stage, when, by whom,
    /// with the reason of a return and whether it was one. Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<StageTransitionDto>>> GetProgrammeHistory(IMediator mediator, [AsParameters] GetProgrammeHistoryQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Close a programme at the end of stage 6 (completion)</summary>
    /// <remarks>
    /// For the organisation's staff, after the pairs and groups have presented their results and been closed. Only at
    /// stage 6 (409 before), and only when no pair or group is still active — otherwise 409 with the checklist. A
    /// closed programme takes no more changes.
    /// </remarks>
    public static async Task<Ok<ProgrammeStageDto>> CloseProgramme(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CloseProgrammeCommand(programmeId), cancellationToken));
}
