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

    public static async Task<Ok<JobDto>> GetJob(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetJobQuery(id), cancellationToken));
}
