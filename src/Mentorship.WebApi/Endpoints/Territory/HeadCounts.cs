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

    /// <summary>List an organisation's head-count reports (контингент) per academic year</summary>
    /// <remarks>
    /// Coordinators, organisation administrators and curators, analysts, and the school's information system. The
    /// head-count — pupils total, pupils in the age band (10–18), children in additional education (ДО), teachers
    /// total, teachers under 35, young specialists (молодые специалисты, under 3 years of experience) — is the
    /// denominator of the coverage indicators. By default only the latest report of each academic year is listed (it is
    /// the one that counts); `includeHistory=true` lists the earlier reports it replaced too. Filter by `academicYear`
    /// ("2024/2025"). Newest year first; paged (`page`, `pageSize` up to 200). An organisation outside the caller's
    /// scope answers 404.
    /// </remarks>
    public static async Task<Ok<PagedList<HeadCountDto>>> GetHeadCounts(IMediator mediator, [AsParameters] GetHeadCountsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Report an organisation's head-count for an academic year</summary>
    /// <remarks>
    /// Organisation staff (curator, organisation administrator, coordinators) enter it by hand, or the school's
    /// information system sends it. All figures are whole numbers, not negative; pupils in the age band cannot exceed
    /// pupils in total, and teachers under 35 and young specialists cannot exceed teachers in total. A new report for
    /// the same year replaces the previous one for the coverage indicators, which stays as history. The figures are
    /// used at the next recompute of the monitoring. An archived organisation takes no new data (409).
    /// </remarks>
    public static async Task<Created<HeadCountDto>> ReportHeadCount(IMediator mediator, Guid organizationId, ReportHeadCountCommand command, CancellationToken cancellationToken)
    {
        var headCount = await mediator.Send(command with { OrganizationId = organizationId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/organizations/{organizationId}/headcounts?academicYear={headCount.AcademicYear}", headCount);
    }
}
