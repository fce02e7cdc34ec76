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

    /// <summary>Propose mentor–mentee pairs for the mentees waiting in the bank (подбор наставнических пар)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), at stage 5, organisation
    /// of work (409 before). Takes the active mentors with a free place and the active mentees with requests who are in
    /// no active pair, both with an active consent, and, form by form of the programme, proposes the assignment that
    /// maximises the total score under the mentors' capacities. A proposal never breaks a form's rule about who may be
    /// mentor and mentee (e.g. учитель–учитель: teacher and teacher), a missing consent or a capacity. Each proposal
    /// gives the mentor and mentee, the form, the score, the shared tags (the mentee's request tags among the mentor's
    /// competences) and the reasons; mentees left without a proposal come with the reason. Proposals are suggestions:
    /// nothing is saved — the curator confirms or edits them with `POST .../groups`. Filter by `form`, or by
    /// `menteePersonId` to re-match one mentee. Shows names, so the read is audited.
    /// </remarks>
    public static async Task<Ok<MatchingResultDto>> GetMatchingProposals(IMediator mediator, [AsParameters] GetMatchingProposalsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>List the mentoring pairs and groups of a programme (наставнические пары и группы)</summary>
    /// <remarks>
    /// For the organisation's staff and coordinators; a mentor or mentee of the programme sees what their scope allows.
    /// Each pair or group with its form, format, name, start, status (Active, Completed, Terminated), how it ended, and
    /// its members (mentors and mentees with their names, when they joined and left, and why). Filter by `status` and
    /// `form`; oldest first; paged (`page`, `pageSize` up to 200). Shows names, so the read is audited.
    /// </remarks>
    public static async Task<Ok<PagedList<GroupDto>>> GetGroups(IMediator mediator, [AsParameters] GetGroupsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Confirm a mentor–mentee pair or group (закрепление наставнической пары или группы)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), at stage 5 (409 before):
    /// a matching proposal, or a pair or group of their own. Give the form and the format (both among the programme's,
    /// if it chose formats), the members with their roles (at least one mentor and one mentee, none listed twice), an
    /// optional name and the start date (today by default). Refused when a mentor is not in the programme's mentor
    /// bank, is inactive or would exceed their capacity; when a mentee is not in the mentee bank, is inactive or is
    /// already in an active pair or group of the programme; when a member has no active consent to the processing of
    /// personal data; or when the form does not allow the member's category on that side (e.g. ученик–ученик needs
    /// pupils on both sides; the forms for children with special needs need an ОВЗ mentee); a one-to-one pair has one
    /// member on each side. Capacity and the one-active-pair rule hold under concurrent requests. An active pair or
    /// group is stage 5's gate. Marks the monitoring of the organisations concerned stale until the next recompute.
    /// Answers 201 with the pair or group and its `ETag`.
    /// </remarks>
    public static async Task<Created<GroupDto>> ConfirmGroup(IMediator mediator, HttpContext context, Guid programmeId, ConfirmGroupCommand command, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        ETags.Set(context, group.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{group.Id}", group);
    }

    /// <summary>Read the meeting hours of every pair and group of a programme</summary>
    /// <remarks>
    /// For the organisation's staff: per pair or group, the number of meetings logged, the minutes and the hours
    /// (minutes / 60, two decimals) — the meetings log (журнал встреч) summed up. In the order the pairs started; paged
    /// (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<MeetingHoursDto>>> GetProgrammeMeetingHours(IMediator mediator, [AsParameters] GetProgrammeMeetingHoursQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a pair or group with its members</summary>
    /// <remarks>
    /// For the organisation's staff and the group's own members. Form, format, name, start and end, status, the reason
    /// of an early end, and the members from joining to leaving, with names (audited). Carries an `ETag`. Staff and the
    /// pair's or group's own mentors and mentees read it; others, and a group outside the caller's scope, answer 404.
    /// </remarks>
    public static async Task<Ok<GroupDto>> GetGroup(IMediator mediator, HttpContext context, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(new GetGroupQuery(groupId), cancellationToken);
        ETags.Set(context, group.Version);
        return TypedResults.Ok(group);
    }

    /// <summary>End a pair or group: completed, or terminated early with a reason</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), at completion (stage 6:
    /// the pair presented its results) or earlier when the pair breaks up. `Completed` with an optional remark, or
    /// `Terminated` with a required reason (e.g. the mentee moved); the end date defaults to today, is not before the
    /// start nor before a member joined. All active members leave. A pair or group that has already ended answers 409;
    /// so does a closed programme. No active pair or group is the condition to close the programme. Marks the
    /// monitoring of the organisations concerned stale until the next recompute.
    /// </remarks>
    public static async Task<Ok<GroupDto>> EndGroup(IMediator mediator, Guid groupId, EndGroupCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { GroupId = groupId }, cancellationToken));

    /// <summary>Re-match a mentee with another mentor</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), when a pair does not
    /// work out. The mentee (a current mentee of this pair or group) leaves it with the reason — a pair ends as
    /// terminated, a group goes on without them — and a new one-to-one pair of the same form (the same format, a group
    /// becoming one-to-one) is confirmed with the new mentor from the date given (today by default), with every check
    /// of a confirmation: mentor bank, capacity, consent, the form's sides. The new mentor must not already lead this
    /// pair or group. Answers 201 with the new pair.
    /// </remarks>
    public static async Task<Created<GroupDto>> RematchMentee(IMediator mediator, Guid groupId, RematchMenteeCommand command, CancellationToken cancellationToken)
    {
        var pair = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{pair.Id}", pair);
    }

    /// <summary>List the goals of a pair or group (цели наставничества)</summary>
    /// <remarks>
    /// Goals of the pair or group, or of one mentee in it, with their due dates and status (Open, Achieved,
    /// NotAchieved, Cancelled), in the order they were set; paged (`page`, `pageSize` up to 200). Staff and the pair's
    /// or group's own mentors and mentees read it; others, and a group outside the caller's scope, answer 404.
    /// </remarks>
    public static async Task<Ok<PagedList<GoalDto>>> GetGoals(IMediator mediator, [AsParameters] GetGoalsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Set a goal of a pair or group, or of one mentee in it</summary>
    /// <remarks>
    /// For the curator or a mentor of the group (a mentee may not). The text is required; `menteePersonId` names the
    /// mentee the goal is for (a current mentee of this group) and a due date is optional. The pair or group must be
    /// active. A closed programme takes no new records (409).
    /// </remarks>
    public static async Task<Created<GoalDto>> AddGoal(IMediator mediator, Guid groupId, AddGoalCommand command, CancellationToken cancellationToken)
    {
        var goal = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/goals", goal);
    }

    /// <summary>Close a goal as achieved, not achieved or cancelled, or reopen it</summary>
    /// <remarks>
    /// For the curator or a mentor of the group, while it is active. Closing records the date (today by default); a
    /// goal already closed cannot be closed again, only reopened (`Open`). A goal of another group answers 404.
    /// </remarks>
    public static async Task<Ok<GoalDto>> SetGoalStatus(IMediator mediator, Guid groupId, Guid goalId, SetGoalStatusCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { GroupId = groupId, GoalId = goalId }, cancellationToken));

    /// <summary>Read the meetings log of a pair or group (журнал встреч)</summary>
    /// <remarks>
    /// The kick-off group meeting, the regular meetings and the final one, with date and time, duration, topic and
    /// notes; filter by `kind`; oldest first; paged (`page`, `pageSize` up to 200). Staff and the pair's or group's own
    /// mentors and mentees read it; others, and a group outside the caller's scope, answer 404.
    /// </remarks>
    public static async Task<Ok<PagedList<MeetingDto>>> GetMeetings(IMediator mediator, [AsParameters] GetMeetingsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Log a meeting of a pair or group</summary>
    /// <remarks>
    /// For the organisation's staff and the group's members (mentor or mentee), while it is active. The moment,
    /// duration (1 minute to 24 hours) and kind — Kickoff (установочная встреча), Regular or Final — are required;
    /// topic and notes are optional. A meeting before the pair started is refused. Meetings clear the flag of pairs
    /// without recent meetings at the next daily check. A closed programme takes no new records (409).
    /// </remarks>
    public static async Task<Created<MeetingDto>> AddMeeting(IMediator mediator, Guid groupId, AddMeetingCommand command, CancellationToken cancellationToken)
    {
        var meeting = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/meetings", meeting);
    }

    /// <summary>Read the meeting totals of a pair or group</summary>
    /// <remarks>
    /// The number of meetings logged, the minutes and the hours (minutes / 60, two decimals). Staff and the pair's or
    /// group's own mentors and mentees read it; others, and a group outside the caller's scope, answer 404.
    /// </remarks>
    public static async Task<Ok<MeetingHoursDto>> GetMeetingHours(IMediator mediator, Guid groupId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMeetingHoursQuery(groupId), cancellationToken));

    /// <summary>Read the intermediate results of a pair or group (промежуточные результаты)</summary>
    /// <remarks>
    /// Results recorded along the way for the pair or group or one mentee in it, oldest first; paged (`page`,
    /// `pageSize` up to 200). Staff and the pair's or group's own mentors and mentees read it; others, and a group
    /// outside the caller's scope, answer 404.
    /// </remarks>
    public static async Task<Ok<PagedList<IntermediateResultDto>>> GetIntermediateResults(IMediator mediator, [AsParameters] GetIntermediateResultsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Record an intermediate result of a pair or group or of one mentee</summary>
    /// <remarks>
    /// For the curator or a mentor of the group: the date and the text are required, `menteePersonId` names one mentee
    /// of the group if the result is theirs. A closed programme takes no new records (409).
    /// </remarks>
    public static async Task<Created<IntermediateResultDto>> AddIntermediateResult(IMediator mediator, Guid groupId, AddIntermediateResultCommand command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/results", result);
    }

    /// <summary>Read the feedback of a pair or group (обратная связь)</summary>
    /// <remarks>
    /// Staff see all feedback; a member sees their own. Each with the point (Initial, Midpoint, Final), text, rating
    /// (1–10) and when it was given; filter by `stage`; oldest first; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<FeedbackDto>>> GetFeedback(IMediator mediator, [AsParameters] GetFeedbackQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Give feedback on the mentoring at the initial, midpoint or final point</summary>
    /// <remarks>
    /// A member of the pair or group gives their own; staff may enter a member's feedback given on paper, naming the
    /// author (`authorPersonId`, required for staff). The point and the text are required, a rating 1–10 optional. The
    /// author must be a member of the group; final feedback is taken after the group has ended too.
    /// </remarks>
    public static async Task<Created<FeedbackDto>> AddFeedback(IMediator mediator, Guid groupId, AddFeedbackCommand command, CancellationToken cancellationToken)
    {
        var feedback = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/feedback", feedback);
    }

    /// <summary>Read the journal notes of a pair or group that the caller may see</summary>
    /// <remarks>
    /// A note is private to its mentor (PrivateToMentor), shared with the pair and the curator (SharedWithPair), or for
    /// the curator only besides its author (VisibleToCurator); the list shows only the notes the caller may read.
    /// Oldest first; paged (`page`, `pageSize` up to 200). A member who left the group before it ended no longer sees
    /// it at all.
    /// </remarks>
    public static async Task<Ok<PagedList<NoteDto>>> GetNotes(IMediator mediator, [AsParameters] GetNotesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Write a note in the journal of a pair or group</summary>
    /// <remarks>
    /// For a current member of the group (mentor or mentee) only — staff do not write here. Choose the visibility:
    /// PrivateToMentor (mentors only), SharedWithPair, or VisibleToCurator; the text is required.
    /// </remarks>
    public static async Task<Created<NoteDto>> AddNote(IMediator mediator, Guid groupId, AddNoteCommand command, CancellationToken cancellationToken)
    {
        var note = await mediator.Send(command with { GroupId = groupId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{groupId}/notes", note);
    }

    /// <summary>List the questionnaires (анкеты) of the initial, midpoint and final points</summary>
    /// <remarks>
    /// For the organisation's staff and the mentors and mentees. Questionnaires per role (Mentor, Mentee, Curator),
    /// point (Initial, Midpoint, Final) and form (or any form): the shared ones kept by coordinators and those of the
    /// programmes the caller sees. `programmeId` lists that programme's and the shared ones; filter by `role`, `point`,
    /// `form` and `publishedOnly`. Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<SurveyTemplateDto>>> GetSurveyTemplates(IMediator mediator, [AsParameters] GetSurveyTemplatesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a questionnaire with its questions</summary>
    /// <remarks>
    /// For the organisation's staff and the mentors and mentees: the title, role, point, form, whether it is published,
    /// and the questions — a 1–10 scale, a choice with its options, or open text — and whether each is required. A
    /// questionnaire of a programme outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<SurveyTemplateDto>> GetSurveyTemplate(IMediator mediator, Guid surveyId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSurveyTemplateQuery(surveyId), cancellationToken));

    /// <summary>Create a questionnaire for a role at a point of the programme</summary>
    /// <remarks>
    /// For the organisation's staff (a questionnaire of a programme, which must not be closed) and coordinators (a
    /// shared one, without a programme; others are refused with 403). The title, role and point are required, the form
    /// optional (any form when left out). Questions: a Scale1To10, a Choice with at least two options, or an Open
    /// question; required by default. It stays a draft, not offered for answers, until it is published. Answers 201.
    /// </remarks>
    public static async Task<Created<SurveyTemplateDto>> CreateSurveyTemplate(IMediator mediator, CreateSurveyTemplateCommand command, CancellationToken cancellationToken)
    {
        var template = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/surveys/{template.Id}", template);
    }

    /// <summary>Publish a questionnaire so that it can be answered</summary>
    /// <remarks>
    /// For the organisation's staff (a shared questionnaire: coordinators only). From now on its questions are fixed. A
    /// questionnaire needs at least one question; publishing twice answers 409.
    /// </remarks>
    public static async Task<Ok<SurveyTemplateDto>> PublishSurveyTemplate(IMediator mediator, Guid surveyId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PublishSurveyTemplateCommand(surveyId), cancellationToken));

    /// <summary>Answer a questionnaire</summary>
    /// <remarks>
    /// Mentors and mentees answer for themselves in their pair or group; staff may enter answers given on paper
    /// (`respondentPersonId`). The curator's questionnaire is answered for the programme, without a group, by its
    /// registered curator. Give the programme (at stage 5 or later) and the group; the questionnaire must be published,
    /// of the group's form and for the respondent's role in the group. Each answer fits its question (a score 1–10, one
    /// of the options, or text) and every required question is answered. The same person answers a questionnaire once
    /// per group (409 the second time). The scale answers feed the growth report.
    /// </remarks>
    public static async Task<Created<SurveyResponseDto>> SubmitSurveyResponse(IMediator mediator, Guid surveyId, SubmitSurveyResponseCommand command, CancellationToken cancellationToken)
    {
        var response = await mediator.Send(command with { TemplateId = surveyId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/surveys/{surveyId}/responses/{response.Id}", response);
    }

    /// <summary>Read the participants' growth between the initial and final questionnaires</summary>
    /// <remarks>
    /// For the organisation's staff, at completion: per respondent, pair or group and role, the mean of their 1–10
    /// answers at the initial, midpoint and final points, and the growth (final − initial; empty when either is
    /// missing). Filter by `role` and `groupId`; `programmeId` is required.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<SurveyGrowthDto>>> GetSurveyGrowth(IMediator mediator, [AsParameters] GetSurveyGrowthQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
