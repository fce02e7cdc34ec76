using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Monitoring.Commands.Recompute;
using Mentorship.Application.Monitoring.Commands.SetTargets;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Application.Monitoring.Queries.GetRequestsMap;
using Mentorship.Application.Monitoring.Queries.GetStaleGroups;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Monitoring;

/// <summary>Monitoring: coverage indicators, efficiency criteria, the requests map, target schedules and recomputation.</summary>
public static class Monitoring
{
    public static RouteGroupBuilder MapMonitoring(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/monitoring").WithTags("Monitoring");
        group.MapGet("/coverage", GetCoverage).WithName(nameof(GetCoverage)).ProducesValidationProblem();
        group.MapGet("/efficiency", GetEfficiency).WithName(nameof(GetEfficiency)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/requests-map", GetRequestsMap).WithName(nameof(GetRequestsMap)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/targets", GetTargets).WithName(nameof(GetTargets)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/targets", SetTargets).WithName(nameof(SetTargets)).ProducesWriteProblems();
        group.MapPost("/recompute", Recompute).WithName(nameof(Recompute)).ProducesWriteProblems();
        group.MapGet("/stale-groups", GetStaleGroups).WithName(nameof(GetStaleGroups)).ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<PagedList<CoverageDto>>> GetCoverage(IMediator mediator, [AsParameters] GetCoverageQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<EfficiencyDto>> GetEfficiency(IMediator mediator, [AsParameters] GetEfficiencyQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<IReadOnlyList<RequestTagDto>>> GetRequestsMap(IMediator mediator, [AsParameters] GetRequestsMapQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<IReadOnlyList<TargetDto>>> GetTargets(IMediator mediator, [AsParameters] GetTargetsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<IReadOnlyList<TargetDto>>> SetTargets(IMediator mediator, SetTargetsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>202 Accepted with the job to poll at /jobs/{id}.</summary>
    public static async Task<Accepted<JobDto>> Recompute(IMediator mediator, RecomputeCommand command, CancellationToken cancellationToken)
    {
        var job = await mediator.Send(command, cancellationToken);
        return TypedResults.Accepted($"{DependencyInjection.ApiBase}/jobs/{job.Id}", job);
    }

    public static async Task<Ok<PagedList<StaleGroupDto>>> GetStaleGroups(IMediator mediator, [AsParameters] GetStaleGroupsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
