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

    public static async Task<Ok<PagedList<MentorCandidateDto>>> GetMentorCandidates(IMediator mediator, [AsParameters] GetMentorCandidatesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> GetMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMentorCandidateQuery(programmeId, candidateId), cancellationToken));

    public static async Task<Created<MentorCandidateDto>> AddMentorCandidate(IMediator mediator, Guid programmeId, AddMentorCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentor-candidates/{candidate.Id}", candidate);
    }

    public static async Task<Ok<MentorCandidateDto>> ScoreMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, ScoreMentorCandidateCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> DecideMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, DecideMentorCandidateCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> AddMentorTraining(IMediator mediator, Guid programmeId, Guid candidateId, AddMentorTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> CompleteMentorTraining(
        IMediator mediator, Guid programmeId, Guid candidateId, Guid trainingId, CompleteMentorTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId, TrainingId = trainingId }, cancellationToken));
}
