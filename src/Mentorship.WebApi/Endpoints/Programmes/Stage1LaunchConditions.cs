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

    /// <summary>Choose the mentoring forms and formats of a programme</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). Replaces the previous choice with the given lists of
    /// forms (формы наставничества: ученик–ученик, учитель–учитель, студент–ученик, работодатель–ученик,
    /// работодатель–студент and the regional variations) and formats (one-to-one, group, flash, network, reverse,
    /// virtual). Each form fixes which categories of person may be mentor and mentee, and pairs are confirmed at stage
    /// 5 only in the programme's forms (and formats, once it chose some). At least one form is part of stage 1's gate.
    /// A closed programme takes no changes (409). Answers the programme with its launch conditions.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> SetProgrammeForms(IMediator mediator, Guid programmeId, SetProgrammeFormsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Appoint the curator of a programme (куратор)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). The curator is a registered person in the caller's
    /// scope or, for an outside specialist, a full name, with an optional position; a new appointment replaces the
    /// previous curator. A curator, and the order appointing them, are part of stage 1's gate. A closed programme takes
    /// no changes (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> AppointCurator(IMediator mediator, Guid programmeId, AppointCuratorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Add a member of the organising team (рабочая группа)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). A registered person in the caller's scope, or a full
    /// name, with an optional position; the same person cannot be listed twice. A closed programme takes no changes
    /// (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> AddTeamMember(IMediator mediator, Guid programmeId, AddTeamMemberCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Remove a member of the organising team</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). An unknown item answers 404. A closed programme takes
    /// no changes (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> RemoveTeamMember(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Team, itemId), cancellationToken));

    /// <summary>Add a task of the programme with its expected result (задачи и ожидаемые результаты)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). The task's text is required, the expected result
    /// optional; tasks are shown on the public page of a published programme. At least one task is part of stage 1's
    /// gate. A closed programme takes no changes (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> AddProgrammeTask(IMediator mediator, Guid programmeId, AddProgrammeTaskCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Remove a task of the programme</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). An unknown item answers 404. A closed programme takes
    /// no changes (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> RemoveProgrammeTask(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Tasks, itemId), cancellationToken));

    /// <summary>Register a normative document of the programme (нормативная база)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). The kind — the order introducing the target model of
    /// mentorship (IntroductionOrder), the pedagogical council's minutes, the implementation plan (дорожная карта), the
    /// regulation on mentorship (Regulation, положение о наставничестве) or the order appointing the curator
    /// (CuratorOrder) — the date and the title are required; the number and a link (an absolute http(s) address) are
    /// optional. The order, the regulation and the curator order are part of stage 1's gate. A closed programme takes
    /// no changes (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> AddNormativeDocument(IMediator mediator, Guid programmeId, AddNormativeDocumentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Remove a normative document of the programme</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), while preparing the
    /// programme at stage 1, launch conditions (условия запуска). An unknown item answers 404. A closed programme takes
    /// no changes (409).
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> RemoveNormativeDocument(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Documents, itemId), cancellationToken));
}
