using MediatR;
using Mentorship.Application.Jobs.Queries.GetJob;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Jobs;

/// <summary>Background jobs (such as a monitoring recomputation) as the caller polls them.</summary>
public static class Jobs
{
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs/{id:guid}", GetJob).WithTags("Jobs").WithName(nameof(GetJob)).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>Poll a background job, such as a monitoring recomputation or a matching run</summary>
    /// <remarks>
    /// A recompute (`kind: recompute`) is for the administrator or regional coordinator who asked for it
    /// (`POST /monitoring/recompute` answers 202 with this job's address). Shows whether the run is queued, running,
    /// succeeded or failed, when it started and finished, and per region how many times it ran, how many organisations
    /// and indicator and criterion snapshots it computed, and the error of a failed region. A regional coordinator sees
    /// the runs of their own region only. A matching run (`kind: matching`, from `POST /programmes/{id}/matching-runs`)
    /// is seen by the staff who see its programme: `programmeId`, `progress` (phase, percent, counts), `errorCode` and
    /// `error` when it failed, and `resultLocation` to read its proposals. Others answer 404.
    /// </remarks>
    public static async Task<Ok<JobDto>> GetJob(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetJobQuery(id), cancellationToken));
}
