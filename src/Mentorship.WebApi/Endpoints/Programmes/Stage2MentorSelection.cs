using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorTraining;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.CompleteMentorTraining;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.DecideMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.ScoreMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidates;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Stage 2, mentor selection and training: candidates, their scores, the decision and their trainings.</summary>
public static class Stage2MentorSelection
{
    private const int NotFound = StatusCodes.Status404NotFound;

    public static RouteGroupBuilder MapStage2MentorSelection(this RouteGroupBuilder api)
    {
        var selection = api.MapGroup("/programmes/{programmeId:guid}/mentor-candidates").WithTags("Stage 2. Mentor selection and training");
        selection.MapGet("", GetMentorCandidates).WithName(nameof(GetMentorCandidates)).ProducesValidationProblem().ProducesProblem(NotFound);
        selection.MapGet("/{candidateId:guid}", GetMentorCandidate).WithName(nameof(GetMentorCandidate)).ProducesProblem(NotFound);
        selection.MapPost("", AddMentorCandidate).WithName(nameof(AddMentorCandidate)).ProducesWriteProblems();
        selection.MapPut("/{candidateId:guid}/scores", ScoreMentorCandidate).WithName(nameof(ScoreMentorCandidate)).ProducesWriteProblems();
        selection.MapPost("/{candidateId:guid}/decision", DecideMentorCandidate).WithName(nameof(DecideMentorCandidate)).ProducesWriteProblems();
        selection.MapPost("/{candidateId:guid}/trainings", AddMentorTraining).WithName(nameof(AddMentorTraining)).ProducesWriteProblems();
        selection.MapPost("/{candidateId:guid}/trainings/{trainingId:guid}/complete", CompleteMentorTraining).WithName(nameof(CompleteMentorTraining)).ProducesWriteProblems();
        return selection;
    }

    /// <summary>List the mentor candidates of a programme (отбор наставников)</summary>
    /// <remarks>
    /// For the organisation's staff, at stage 2, selection and training of mentors. Each candidate with their name and
    /// category, the scores on the eight selection criteria (null until scored) and the total, the decision (Pending,
    /// Accepted, Rejected) and the trainings. Filter by `decision`; in the order they were registered; paged (`page`,
    /// `pageSize` up to 200). Shows personal data, so the read is audited.
    /// </remarks>
    public static async Task<Ok<PagedList<MentorCandidateDto>>> GetMentorCandidates(IMediator mediator, [AsParameters] GetMentorCandidatesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a mentor candidate with scores, decision and training</summary>
    /// <remarks>
    /// For the organisation's staff. A candidate of another programme answers 404. Shows personal data, so the read is
    /// audited.
    /// </remarks>
    public static async Task<Ok<MentorCandidateDto>> GetMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMentorCandidateQuery(programmeId, candidateId), cancellationToken));

    /// <summary>Register a person as a mentor candidate of a programme</summary>
    /// <remarks>
    /// For the organisation's staff, once the programme has reached stage 2 (409 before): a teacher, pupil, student,
    /// parent, employer's representative or volunteer willing to mentor. The person must be registered and in the
    /// caller's scope; a person who is already a candidate of the programme answers 409. The candidate starts Pending.
    /// </remarks>
    public static async Task<Created<MentorCandidateDto>> AddMentorCandidate(IMediator mediator, Guid programmeId, AddMentorCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentor-candidates/{candidate.Id}", candidate);
    }

    /// <summary>Score a mentor candidate on the eight selection criteria</summary>
    /// <remarks>
    /// For the organisation's staff, while the decision is pending (409 after it). Each of the eight criteria is scored
    /// 0–5: willingness to mentor, professional experience, competences and communication, time resource, positive life
    /// and professional experience, match to the mentees' requests, civic position, motivation. Scoring again replaces
    /// the scores.
    /// </remarks>
    public static async Task<Ok<MentorCandidateDto>> ScoreMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, ScoreMentorCandidateCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    /// <summary>Accept or reject a mentor candidate</summary>
    /// <remarks>
    /// For the organisation's staff (the curator). `Accepted` needs the candidate scored first; a decision already
    /// taken answers 409. `Pending` reopens a decision taken by mistake, unless the candidate has already entered the
    /// mentor bank (409). An optional comment is kept with the decision. Only an accepted candidate can enter the
    /// mentor bank at stage 3; an accepted candidate who completed training is stage 2's gate.
    /// </remarks>
    public static async Task<Ok<MentorCandidateDto>> DecideMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, DecideMentorCandidateCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    /// <summary>Record a mentor candidate's training (обучение наставников)</summary>
    /// <remarks>
    /// For the organisation's staff: a training planned (no completion date) or completed, with its name and hours. The
    /// programme must have reached stage 2. A completed training of an accepted candidate is part of stage 2's gate.
    /// </remarks>
    public static async Task<Ok<MentorCandidateDto>> AddMentorTraining(IMediator mediator, Guid programmeId, Guid candidateId, AddMentorTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    /// <summary>Mark a planned training of a mentor candidate as completed</summary>
    /// <remarks>
    /// For the organisation's staff: sets the completion date. A training already completed is refused; a training of
    /// another candidate answers 404.
    /// </remarks>
    public static async Task<Ok<MentorCandidateDto>> CompleteMentorTraining(
        IMediator mediator, Guid programmeId, Guid candidateId, Guid trainingId, CompleteMentorTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId, TrainingId = trainingId }, cancellationToken));
}
