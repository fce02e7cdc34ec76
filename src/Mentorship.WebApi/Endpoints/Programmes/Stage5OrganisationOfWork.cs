using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddFeedback;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddGoal;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddIntermediateResult;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddMeeting;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddNote;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ConfirmGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.CreateSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.EndGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.PublishSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.RematchMentee;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SetGoalStatus;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroups;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetProgrammeMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplates;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>
/// Stage 5, organisation of work: matching and confirming pairs and groups, their log, and the questionnaires.
/// Its routes are mapped in three places of the contract (under the programme, under /groups, under /surveys).
/// </summary>
public static class Stage5OrganisationOfWork
{
    private const int NotFound = StatusCodes.Status404NotFound;
    private const int Conflict = StatusCodes.Status409Conflict;

    /// <summary>Matching proposals, the pairs and groups of a programme, its meeting hours.</summary>
    public static RouteGroupBuilder MapStage5OrganisationOfWork(this RouteGroupBuilder api)
    {
        var work = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 5. Organisation of work");
        work.MapGet("/matching", GetMatchingProposals).WithName(nameof(GetMatchingProposals)).ProducesValidationProblem().ProducesProblem(NotFound).ProducesProblem(Conflict);
        work.MapGet("/groups", GetGroups).WithName(nameof(GetGroups)).ProducesValidationProblem().ProducesProblem(NotFound);
        work.MapPost("/groups", ConfirmGroup).WithName(nameof(ConfirmGroup)).ProducesWriteProblems();
        work.MapGet("/meeting-hours", GetProgrammeMeetingHours).WithName(nameof(GetProgrammeMeetingHours)).ProducesValidationProblem().ProducesProblem(NotFound);
        return work;
    }

    /// <summary>A pair or group and its log: goals, meetings and hours, results, feedback, notes; ending and re-matching.</summary>
    public static RouteGroupBuilder MapStage5Groups(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/groups").WithTags("Stage 5. Organisation of work");
        group.MapGet("/{groupId:guid}", GetGroup).WithName(nameof(GetGroup)).ProducesProblem(NotFound);
        group.MapPost("/{groupId:guid}/end", EndGroup).WithName(nameof(EndGroup)).ProducesWriteProblems();
        group.MapPost("/{groupId:guid}/rematch", RematchMentee).WithName(nameof(RematchMentee)).ProducesWriteProblems();
        group.MapGet("/{groupId:guid}/goals", GetGoals).WithName(nameof(GetGoals)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{groupId:guid}/goals", AddGoal).WithName(nameof(AddGoal)).ProducesWriteProblems();
        group.MapPost("/{groupId:guid}/goals/{goalId:guid}/status", SetGoalStatus).WithName(nameof(SetGoalStatus)).ProducesWriteProblems();
        group.MapGet("/{groupId:guid}/meetings", GetMeetings).WithName(nameof(GetMeetings)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{groupId:guid}/meetings", AddMeeting).WithName(nameof(AddMeeting)).ProducesWriteProblems();
        group.MapGet("/{groupId:guid}/meetings/hours", GetMeetingHours).WithName(nameof(GetMeetingHours)).ProducesProblem(NotFound);
        group.MapGet("/{groupId:guid}/results", GetIntermediateResults).WithName(nameof(GetIntermediateResults)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{groupId:guid}/results", AddIntermediateResult).WithName(nameof(AddIntermediateResult)).ProducesWriteProblems();
        group.MapGet("/{groupId:guid}/feedback", GetFeedback).WithName(nameof(GetFeedback)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{groupId:guid}/feedback", AddFeedback).WithName(nameof(AddFeedback)).ProducesWriteProblems();
        group.MapGet("/{groupId:guid}/notes", GetNotes).WithName(nameof(GetNotes)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{groupId:guid}/notes", AddNote).WithName(nameof(AddNote)).ProducesWriteProblems();
        return group;
    }

    /// <summary>Questionnaires at the initial, midpoint and final points per form and role, their responses and growth.</summary>
    public static RouteGroupBuilder MapStage5Surveys(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveys").WithTags("Surveys");
        group.MapGet("", GetSurveyTemplates).WithName(nameof(GetSurveyTemplates)).ProducesValidationProblem();
        group.MapGet("/{surveyId:guid}", GetSurveyTemplate).WithName(nameof(GetSurveyTemplate)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateSurveyTemplate).WithName(nameof(CreateSurveyTemplate)).ProducesWriteProblems();
        group.MapPost("/{surveyId:guid}/publish", PublishSurveyTemplate).WithName(nameof(PublishSurveyTemplate))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{surveyId:guid}/responses", SubmitSurveyResponse).WithName(nameof(SubmitSurveyResponse)).ProducesWriteProblems();
        group.MapGet("/growth", GetSurveyGrowth).WithName(nameof(GetSurveyGrowth)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<MatchingResultDto>> GetMatchingProposals(IMediator mediator, [AsParameters] GetMatchingProposalsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PagedList<GroupDto>>> GetGroups(IMediator mediator, [AsParameters] GetGroupsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<GroupDto>> ConfirmGroup(IMediator mediator, HttpContext context, Guid programmeId, ConfirmGroupCommand command, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        ETags.Set(context, group.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{group.Id}", group);
    }

    public static async Task<Ok<PagedList<MeetingHoursDto>>> GetProgrammeMeetingHours(IMediator mediator, [AsParameters] GetProgrammeMeetingHoursQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<GroupDto>> GetGroup(IMediator mediator, HttpContext context, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(new GetGroupQuery(groupId), cancellationToken);
        ETags.Set(context, group.Version);
        return TypedResults.Ok(group);
    }

    public static async Task<Ok<GroupDto>> EndGroup(IMediator mediator, Guid groupId, EndGroupCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { GroupId = groupId }, cancellationToken));

    public static async Task<Created<GroupDto>> RematchMentee(IMediator mediator, Guid groupId, RematchMenteeCommand command, CancellationToken cancellationToken)
    {
        var pair = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{pair.Id}", pair);
    }

    public static async Task<Ok<PagedList<GoalDto>>> GetGoals(IMediator mediator, [AsParameters] GetGoalsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<GoalDto>> AddGoal(IMediator mediator, Guid groupId, AddGoalCommand command, CancellationToken cancellationToken)
    {
        var goal = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/goals", goal);
    }

    public static async Task<Ok<GoalDto>> SetGoalStatus(IMediator mediator, Guid groupId, Guid goalId, SetGoalStatusCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { GroupId = groupId, GoalId = goalId }, cancellationToken));

    public static async Task<Ok<PagedList<MeetingDto>>> GetMeetings(IMediator mediator, [AsParameters] GetMeetingsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<MeetingDto>> AddMeeting(IMediator mediator, Guid groupId, AddMeetingCommand command, CancellationToken cancellationToken)
    {
        var meeting = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/meetings", meeting);
    }

    public static async Task<Ok<MeetingHoursDto>> GetMeetingHours(IMediator mediator, Guid groupId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMeetingHoursQuery(groupId), cancellationToken));

    public static async Task<Ok<PagedList<IntermediateResultDto>>> GetIntermediateResults(IMediator mediator, [AsParameters] GetIntermediateResultsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<IntermediateResultDto>> AddIntermediateResult(IMediator mediator, Guid groupId, AddIntermediateResultCommand command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/results", result);
    }

    public static async Task<Ok<PagedList<FeedbackDto>>> GetFeedback(IMediator mediator, [AsParameters] GetFeedbackQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<FeedbackDto>> AddFeedback(IMediator mediator, Guid groupId, AddFeedbackCommand command, CancellationToken cancellationToken)
    {
        var feedback = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/feedback", feedback);
    }

    public static async Task<Ok<PagedList<NoteDto>>> GetNotes(IMediator mediator, [AsParameters] GetNotesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<NoteDto>> AddNote(IMediator mediator, Guid groupId, AddNoteCommand command, CancellationToken cancellationToken)
    {
        var note = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/notes", note);
    }

    public static async Task<Ok<PagedList<SurveyTemplateDto>>> GetSurveyTemplates(IMediator mediator, [AsParameters] GetSurveyTemplatesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<SurveyTemplateDto>> GetSurveyTemplate(IMediator mediator, Guid surveyId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSurveyTemplateQuery(surveyId), cancellationToken));

    public static async Task<Created<SurveyTemplateDto>> CreateSurveyTemplate(IMediator mediator, CreateSurveyTemplateCommand command, CancellationToken cancellationToken)
    {
        var template = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/surveys/{template.Id}", template);
    }

    public static async Task<Ok<SurveyTemplateDto>> PublishSurveyTemplate(IMediator mediator, Guid surveyId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PublishSurveyTemplateCommand(surveyId), cancellationToken));

    public static async Task<Created<SurveyResponseDto>> SubmitSurveyResponse(IMediator mediator, Guid surveyId, SubmitSurveyResponseCommand command, CancellationToken cancellationToken)
    {
        var response = await mediator.Send(command with { TemplateId = surveyId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/surveys/{surveyId}/responses/{response.Id}", response);
    }

    public static async Task<Ok<IReadOnlyList<SurveyGrowthDto>>> GetSurveyGrowth(IMediator mediator, [AsParameters] GetSurveyGrowthQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
