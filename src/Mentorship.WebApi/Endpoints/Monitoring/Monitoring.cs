using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Monitoring.Commands.Recompute;
using Mentorship.Application.Monitoring.Commands.SetTargets;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetCoverageByYear;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Application.Monitoring.Queries.GetPlan;
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
        group.MapGet("/plan", GetPlan).WithName(nameof(GetPlan)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/reports/coverage-by-year", GetCoverageByYear).WithName(nameof(GetCoverageByYear)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>Read the coverage indicators (показатели охвата наставничеством) of organisations, municipalities and the region</summary>
    /// <remarks>
    /// For regional and municipal coordinators, analysts, and an organisation's curator and administrator, each within
    /// their scope (units outside it are simply absent). One row per unit, year and indicator: pupils aged 10–18
    /// involved as mentees, teachers under 35 involved, children in additional education (ДО) involved, educational
    /// organisations with a mentorship programme, organisations whose staff completed mentorship training, participants
    /// of the contest «Лучшие практики наставничества», and the counts of mentors, mentees and pairs/groups. Each row
    /// gives numerator, denominator, value (a share in percent rounded to one decimal, or the count; null means "no
    /// data" — a zero denominator), the target share and target count in force and whether it is met. `stale` says that
    /// a pair or group of the unit was confirmed or closed since the figures were computed: the next recompute will
    /// move them. Filter by `level` (Organization, Municipality, Region), `unitId`, `regionId`, `municipalityId`,
    /// `organizationId`, `year` (calendar year) and `indicator`; totals only by default, `breakdown` = `form:…`,
    /// `format:…`, `rural`, `hardToReach` for one split or `*` for all. Figures come from the last recompute (nightly,
    /// or on demand). Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<CoverageDto>>> GetCoverage(IMediator mediator, [AsParameters] GetCoverageQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read the seven efficiency criteria (критерии эффективности) of an organisation for a year</summary>
    /// <remarks>
    /// For coordinators, analysts and the organisation's own curator and administrator. `organizationId` and `year` are
    /// required. Lists all seven criteria of the regional model — 1 a mentorship programme exists; 2 conditions to
    /// remove teachers' deficits; 3 the motivation system; 4 retention of young specialists (закрепление молодых
    /// специалистов); 5 young specialists in professional contests; 6 dissemination of practice and training of
    /// mentors; 7 dynamics of learning results — each with its value, its level on the criterion's scale and the inputs
    /// it was computed from. A criterion never computed, or without data, says "no data" (NoData), never "absent".
    /// Figures come from the last recompute. An organisation outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<EfficiencyDto>> GetEfficiency(IMediator mediator, [AsParameters] GetEfficiencyQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read the regional map of educational requests (карта образовательных запросов)</summary>
    /// <remarks>
    /// For coordinators and analysts planning mentors where mentees need them. `regionId` and `year` are required;
    /// `municipalityId` narrows to one municipality. Per municipality (of the mentee's own organisation) and topic tag
    /// of the mentees' requests (запросы наставляемых) in the programmes that run in that year: how many mentees asked
    /// for it and in how many requests. Sorted by municipality and tag. Computed live, not from a recompute. A region
    /// outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<RequestTagDto>>> GetRequestsMap(IMediator mediator, [AsParameters] GetRequestsMapQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read the target schedule (целевые показатели) of the coverage indicators</summary>
    /// <remarks>
    /// For coordinators and analysts. Without `regionId`, the federal defaults (e.g. pupils involved: 2021 20 %, 2022
    /// 35 %, 2023 50 %, 2024 70 %); with it, the schedule in force for that region: its own values where it set them
    /// (`isRegionOverride`) and the federal defaults elsewhere, each with the federal value beside it. Shares are in
    /// percent; the contest indicator is a count of participants per municipality. A region outside the caller's scope
    /// answers 404.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<TargetDto>>> GetTargets(IMediator mediator, [AsParameters] GetTargetsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Set a region's own targets, or the federal defaults</summary>
    /// <remarks>
    /// For the regional coordinator (their own region) and administrators (any region, or without `regionId` the
    /// federal defaults themselves). Each entry names an indicator that has a schedule, a year and a value: a share in
    /// percent (0–100), or a whole count for the contest indicator; a null value removes the region's override, so the
    /// federal default applies again. Answers the region's schedule in force. Targets take effect at the next recompute
    /// (whether an indicator is met is computed then). A coordinator giving no region, or another region, is refused.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<TargetDto>>> SetTargets(IMediator mediator, SetTargetsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Ask for the monitoring of a year to be recomputed now</summary>
    /// <remarks>
    /// For the regional coordinator (their own region, the default) and administrators (one region, or every region
    /// when `regionId` is left out). The nightly job recomputes the current year anyway; this is for when data were
    /// corrected and the figures are needed now. `year` is the calendar year, the current one by default. Answers 202
    /// Accepted with the job and its address (`Location`: /jobs/{id}) to poll; the run recomputes coverage indicators
    /// and efficiency criteria region by region and replaces their snapshots, and running it twice gives the same
    /// figures.
    /// </remarks>
    public static async Task<Accepted<JobDto>> Recompute(IMediator mediator, RecomputeCommand command, CancellationToken cancellationToken)
    {
        var job = await mediator.Send(command, cancellationToken);
        return TypedResults.Accepted($"{DependencyInjection.ApiBase}/jobs/{job.Id}", job);
    }

    /// <summary>List active pairs and groups without recent meetings</summary>
    /// <remarks>
    /// For curators, organisation administrators and coordinators, within their scope: active pairs and groups
    /// (наставнические пары и группы) with no meeting logged for the configured number of days (30 by default), as the
    /// daily job flagged them — a sign that the mentoring has stopped in fact. Longest silence first; filter by
    /// `organizationId` and `programmeId`. Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<StaleGroupDto>>> GetStaleGroups(IMediator mediator, [AsParameters] GetStaleGroupsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read the plan table (план) of an indicator: targets and actuals per territory and year</summary>
    /// <remarks>
    /// For coordinators and analysts, within their scope (another region or municipality answers 404). Seed 004's
    /// layout: with `regionId`, a row for the region and one per municipality (a municipal coordinator gets the own
    /// municipality's row only); with `municipalityId`, that municipality's row. Each row gives the base head-count and,
    /// per year of `fromYear`–`toYear` (2019–2024 by default), the target share, the target count (the share of the base
    /// head-count rounded to the nearest whole, a half down: 50 % of 10 371 → 5 185, or a count the municipality set
    /// itself), the actual count, the share and whether it is met (5 185 mentees of 10 371 meet 50 %). The figures of a
    /// year are those of its last recompute, base head-count included; a year never recomputed is `projected`: its target
    /// count is worked out from the latest known base head-count and its actuals are null. `indicator` defaults to
    /// PupilsMentored, whose years also give the mentees not placed in the age band (no birth date).
    /// </remarks>
    public static async Task<Ok<PlanDto>> GetPlan(IMediator mediator, [AsParameters] GetPlanQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read the coverage report by municipality and year (охват по муниципалитетам и годам)</summary>
    /// <remarks>
    /// For coordinators and analysts, within their scope (another region or municipality answers 404; a municipal
    /// coordinator asking for the region gets the own municipality's rows). The table analysts keep by hand: one row per
    /// municipality, year of `fromYear`–`toYear` (2019–2024 by default) and indicator, with the count, the base, the
    /// share (rounded to one decimal), the target share and target count in force and whether it is met, as the last
    /// recompute of each year left them; a year never recomputed has no rows. The same table is the export dataset
    /// `coverage-by-year` (CSV, XLSX); the plan table is `GET /monitoring/plan` and the export dataset `plan`.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<CoverageByYearDto>>> GetCoverageByYear(IMediator mediator, [AsParameters] GetCoverageByYearQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
