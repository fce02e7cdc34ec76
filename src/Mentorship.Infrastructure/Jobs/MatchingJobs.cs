using Hangfire;
using MediatR;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ComputeMatchingRun;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Jobs;

/// <summary>
/// The background job of stage 5's matching runs, run as the system. No automatic retry: a failed run ends with its
/// code and frees the programme, and the curator starts a new one (the same data would fail the same way). A job that a
/// dead server left is delivered again by Hangfire and finds the run ended, held by a live worker, or abandoned (then it
/// computes it).
/// </summary>
public sealed class MatchingJobs(IMediator mediator, ILogger<MatchingJobs> logger)
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task ComputeAsync(Guid matchingRunId, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await mediator.Send(new ComputeMatchingRunCommand(matchingRunId), cancellationToken);
            logger.LogInformation("Matching run {MatchingRunId}: {Outcome}", matchingRunId, outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Matching run {MatchingRunId} failed", matchingRunId);
            throw;
        }
    }
}
