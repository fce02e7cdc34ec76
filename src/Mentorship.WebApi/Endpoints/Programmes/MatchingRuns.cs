using MediatR;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.StartMatchingRun;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingRun;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Stage 5's matching as a background job: start a run, poll it at /jobs/{id}, read its proposals.</summary>
public static class MatchingRuns
{
    public static RouteGroupBuilder MapStage5MatchingRuns(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/programmes/{programmeId:guid}/matching-runs").WithTags("Stage 5. Organisation of work");
        runs.MapPost("", StartMatchingRun).WithName(nameof(StartMatchingRun)).ProducesWriteProblems();
        runs.MapGet("/{runId:guid}", GetMatchingRun).WithName(nameof(GetMatchingRun)).ProducesProblem(StatusCodes.Status404NotFound);
        return runs;
    }

    /// <summary>Start the matching of a programme in the background (подбор пар как фоновая задача)</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), at stage 5 (409 before).
    /// The same matching as `GET .../matching`, with the same optional `form` and `menteePersonId` (in the body, `{}` for
    /// all), computed by a background job — for large banks, where the synchronous query would hold the request for
    /// seconds. Always answers 202 Accepted with the job and its address (`Location`: /jobs/{id}); poll it for the
    /// phase (Queued, Loading, Solving, Storing, Done), the percentage and the counts, then read the run with its
    /// proposals at the job's `resultLocation` (`GET .../matching-runs/{runId}`). A programme has one run queued or
    /// running at a time: asking again meanwhile answers the same job (whatever the parameters), also under
    /// concurrent requests. A failed run shows `Failed` with an `errorCode` and does not block the next; a run whose
    /// worker gave no sign of life for `Matching:Runs:AbandonedAfterMinutes` (30) is given up by the next request.
    /// The reasons are written in the language of the request that started the run.
    /// </remarks>
    public static async Task<Accepted<JobDto>> StartMatchingRun(IMediator mediator, Guid programmeId, StartMatchingRunCommand command, CancellationToken cancellationToken)
    {
        var job = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Accepted($"{DependencyInjection.ApiBase}/jobs/{job.Id}", job);
    }

    /// <summary>Read a matching run and its proposals</summary>
    /// <remarks>
    /// For the organisation's staff who see the programme (404 otherwise, and for a run of another programme). The run's
    /// parameters, status, phase and percentage, and once it succeeded its result: the proposals and the mentees left
    /// without one, exactly as `GET .../matching` answered on the data at the time of the run (names as they are now;
    /// reasons in the run's language). Nothing is saved as a pair: the curator confirms proposals with `POST .../groups`.
    /// Shows names, so the read is audited.
    /// </remarks>
    public static async Task<Ok<MatchingRunDto>> GetMatchingRun(IMediator mediator, [AsParameters] GetMatchingRunQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
