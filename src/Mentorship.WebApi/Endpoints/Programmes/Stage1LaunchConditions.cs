using MediatR;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddNormativeDocument;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddProgrammeTask;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddTeamMember;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AppointCurator;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.RemoveLaunchCondition;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.SetProgrammeForms;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Stage 1, launch conditions: the forms, the curator, the team, the tasks and the normative documents.</summary>
public static class Stage1LaunchConditions
{
    private const int NotFound = StatusCodes.Status404NotFound;
    private const int Conflict = StatusCodes.Status409Conflict;

    public static RouteGroupBuilder MapStage1LaunchConditions(this RouteGroupBuilder api)
    {
        var launch = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 1. Launch conditions");
        launch.MapPut("/forms", SetProgrammeForms).WithName(nameof(SetProgrammeForms)).ProducesWriteProblems();
        launch.MapPut("/curator", AppointCurator).WithName(nameof(AppointCurator)).ProducesWriteProblems();
        launch.MapPost("/team", AddTeamMember).WithName(nameof(AddTeamMember)).ProducesWriteProblems();
        launch.MapDelete("/team/{itemId:guid}", RemoveTeamMember).WithName(nameof(RemoveTeamMember)).Sends<RemoveLaunchConditionCommand>().ProducesProblem(NotFound).ProducesProblem(Conflict);
        launch.MapPost("/tasks", AddProgrammeTask).WithName(nameof(AddProgrammeTask)).ProducesWriteProblems();
        launch.MapDelete("/tasks/{itemId:guid}", RemoveProgrammeTask).WithName(nameof(RemoveProgrammeTask)).Sends<RemoveLaunchConditionCommand>().ProducesProblem(NotFound).ProducesProblem(Conflict);
        launch.MapPost("/documents", AddNormativeDocument).WithName(nameof(AddNormativeDocument)).ProducesWriteProblems();
        launch.MapDelete("/documents/{itemId:guid}", RemoveNormativeDocument).WithName(nameof(RemoveNormativeDocument)).Sends<RemoveLaunchConditionCommand>().ProducesProblem(NotFound).ProducesProblem(Conflict);
        return launch;
    }

    public static async Task<Ok<ProgrammeDto>> SetProgrammeForms(IMediator mediator, Guid programmeId, SetProgrammeFormsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AppointCurator(IMediator mediator, Guid programmeId, AppointCuratorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AddTeamMember(IMediator mediator, Guid programmeId, AddTeamMemberCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> RemoveTeamMember(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Team, itemId), cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AddProgrammeTask(IMediator mediator, Guid programmeId, AddProgrammeTaskCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> RemoveProgrammeTask(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Tasks, itemId), cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AddNormativeDocument(IMediator mediator, Guid programmeId, AddNormativeDocumentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> RemoveNormativeDocument(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Documents, itemId), cancellationToken));
}
