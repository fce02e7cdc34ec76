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

    public static async Task<Ok<PagedList<ProgrammeSummaryDto>>> GetProgrammes(IMediator mediator, [AsParameters] GetProgrammesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> GetProgramme(IMediator mediator, HttpContext context, Guid programmeId, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(new GetProgrammeQuery(programmeId), cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Ok(programme);
    }

    public static async Task<Created<ProgrammeDto>> CreateProgramme(IMediator mediator, HttpContext context, CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(command, cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programme.Id}", programme);
    }

    public static async Task<Ok<ProgrammeDto>> UpdateProgramme(IMediator mediator, HttpContext context, Guid programmeId, UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(command with { Id = programmeId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Ok(programme);
    }

    public static async Task<Ok<ProgrammeStageDto>> GetProgrammeStage(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProgrammeStageQuery(programmeId), cancellationToken));

    public static async Task<Ok<ProgrammeStageDto>> AdvanceProgrammeStage(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AdvanceProgrammeStageCommand(programmeId), cancellationToken));

    public static async Task<Ok<ProgrammeStageDto>> ReturnProgrammeStage(IMediator mediator, Guid programmeId, ReturnProgrammeStageCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { Id = programmeId }, cancellationToken));

    public static async Task<Ok<PagedList<StageTransitionDto>>> GetProgrammeHistory(IMediator mediator, [AsParameters] GetProgrammeHistoryQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<ProgrammeStageDto>> CloseProgramme(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CloseProgrammeCommand(programmeId), cancellationToken));
}
