using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddFeedback;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddGoal;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddIntermediateResult;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddMeeting;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddNote;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.EndGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.RematchMentee;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SetGoalStatus;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints;

/// <summary>A pair or group and its log: goals, meetings and hours, results, feedback, notes; ending and re-matching.</summary>
public static class Groups
{
    private const int NotFound = StatusCodes.Status404NotFound;

    public static RouteGroupBuilder MapGroups(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/groups").WithTags("Stage 5. Organisation of work");
        group.MapGet("/{id:guid}", GetGroup).WithName(nameof(GetGroup)).ProducesProblem(NotFound);
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

    public static async Task<Ok<GroupDto>> GetGroup(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(new GetGroupQuery(id), cancellationToken);
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
}
