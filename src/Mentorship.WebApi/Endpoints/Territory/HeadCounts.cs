using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.HeadCounts.Commands.ReportHeadCount;
using Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Territory;

/// <summary>The head-count reports of an organisation per academic year: the denominators of coverage.</summary>
public static class HeadCounts
{
    public static RouteGroupBuilder MapHeadCounts(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Territory");
        group.MapGet("/{organizationId:guid}/headcounts", GetHeadCounts).WithName(nameof(GetHeadCounts))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{organizationId:guid}/headcounts", ReportHeadCount).WithName(nameof(ReportHeadCount)).ProducesWriteProblems();
        return group;
    }

    public static async Task<Ok<PagedList<HeadCountDto>>> GetHeadCounts(IMediator mediator, [AsParameters] GetHeadCountsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<HeadCountDto>> ReportHeadCount(IMediator mediator, Guid organizationId, ReportHeadCountCommand command, CancellationToken cancellationToken)
    {
        var headCount = await mediator.Send(command with { OrganizationId = organizationId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/organizations/{organizationId}/headcounts?academicYear={headCount.AcademicYear}", headCount);
    }
}
