using System.Text.Json;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries;

// ---- Targets --------------------------------------------------------------------------------------------------

/// <summary>A target in force: the region's own value or the federal default.</summary>
public sealed record TargetDto(Indicator Indicator, int Year, decimal Value, decimal? FederalDefault, bool IsRegionOverride);

/// <summary>The target schedules in force for a region (its overrides over the federal defaults), or the federal defaults alone.</summary>
/// <param name="RegionId">The region; without it, the federal defaults.</param>
[Authorize(Roles = MonitoringRoles.Readers)]
public sealed record GetTargetsQuery(Guid? RegionId = null) : IRequest<IReadOnlyList<TargetDto>>;

internal sealed class GetTargetsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetTargetsQuery, IReadOnlyList<TargetDto>>
{
    public async Task<IReadOnlyList<TargetDto>> Handle(GetTargetsQuery request, CancellationToken cancellationToken)
    {
        if (request.RegionId is { } regionId)
        {
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, regionId, cancellationToken);
        }

        var targets = await EffectiveTargets.ForAsync(db, request.RegionId, null, cancellationToken);
        return targets.Select(t => new TargetDto(t.Indicator, t.Year, t.Value, t.FederalDefault, t.IsRegionOverride)).ToList();
    }
}

// ---- Coverage -------------------------------------------------------------------------------------------------

/// <summary>An indicator of a unit and year. The value is the share in percent rounded to one decimal (or the count); null is "no data".</summary>
public sealed record CoverageDto
{
    public MonitoringLevel Level { get; init; }

    public Guid UnitId { get; init; }

    public Guid RegionId { get; init; }

    public Guid? MunicipalityId { get; init; }

    public int Year { get; init; }

    public Indicator Indicator { get; init; }

    /// <summary>Empty for the unit's total; "form:…", "format:…", "rural" or "hardToReach" otherwise.</summary>
    public string Breakdown { get; init; } = string.Empty;

    public int Numerator { get; init; }

    public int? Denominator { get; init; }

    public decimal? Value { get; init; }

    /// <summary>The target share in percent (or target count).</summary>
    public decimal? Target { get; init; }

    /// <summary>The target as a count: the target share of the denominator, rounded half away from zero.</summary>
    public int? TargetCount { get; init; }

    public bool? Met { get; init; }

    public DateTimeOffset ComputedAt { get; init; }

    /// <summary>A pair or group of the unit was confirmed or closed since <see cref="ComputedAt"/>: the next recompute will move the figure.</summary>
    public bool Stale { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IndicatorSnapshot, CoverageDto>().ForMember(d => d.Stale, o => o.Ignore());
    }
}

/// <param name="Level">Organization, Municipality or Region.</param>
/// <param name="UnitId">The organisation, municipality or region of the level.</param>
/// <param name="RegionId">Only units of this region.</param>
/// <param name="MunicipalityId">Only units of this municipality (and the municipality itself).</param>
/// <param name="OrganizationId">Only this organisation.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Indicator">Only this indicator.</param>
/// <param name="Breakdown">Only this breakdown ("" or omitted for totals, "*" for every breakdown).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = MonitoringRoles.OrganizationReaders)]
public sealed record GetCoverageQuery(
    MonitoringLevel? Level = null,
    Guid? UnitId = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    Guid? OrganizationId = null,
    int? Year = null,
    Indicator? Indicator = null,
    string? Breakdown = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<CoverageDto>>, IPagedRequest;

public sealed class GetCoverageValidator : AbstractValidator<GetCoverageQuery>
{
    public GetCoverageValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Level).IsInEnum();
        RuleFor(q => q.Indicator).IsInEnum();
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(q => q.Breakdown).MaximumLength(IndicatorSnapshot.BreakdownMaxLength);
    }
}

internal sealed class GetCoverageHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetCoverageQuery, PagedList<CoverageDto>>
{
    public async Task<PagedList<CoverageDto>> Handle(GetCoverageQuery request, CancellationToken cancellationToken)
    {
        // Scope is the snapshots' query filter: units outside the caller's region or municipality are simply absent.
        var query = db.IndicatorSnapshots.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(s => s.Level == MonitoringLevel.Organization && s.UnitId == organizationId);
        }

        if (request.Level is { } level)
        {
            query = query.Where(s => s.Level == level);
        }

        if (request.UnitId is { } unitId)
        {
            query = query.Where(s => s.UnitId == unitId);
        }

        if (request.RegionId is { } regionId)
        {
            query = query.Where(s => s.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(s => s.MunicipalityId == municipalityId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(s => s.Year == year);
        }

        if (request.Indicator is { } indicator)
        {
            query = query.Where(s => s.Indicator == indicator);
        }

        var breakdown = request.Breakdown?.Trim() ?? IndicatorSnapshot.Total;
        if (breakdown != "*")
        {
            query = query.Where(s => s.Breakdown == breakdown);
        }

        var page = await query.OrderBy(s => s.Year).ThenBy(s => s.Level).ThenBy(s => s.UnitId).ThenBy(s => s.Indicator).ThenBy(s => s.Breakdown)
            .ProjectToPagedListAsync<CoverageDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);

        // A share is compared unrounded and shown to one decimal.
        var stale = await StaleSnapshots.OfAsync(db, page.Items.Select(i => (i.UnitId, i.Year)).ToList(), cancellationToken);
        return page with
        {
            Items = page.Items.Select(i => i.Denominator is null ? i : i with { Value = i.Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null })
                .Select(i => i with { Stale = stale.Contains((i.Level, i.UnitId, i.Year)) }).ToList(),
        };
    }
}

// ---- Efficiency -----------------------------------------------------------------------------------------------

/// <summary>One efficiency criterion of an organisation and year: value, level on its scale, and the inputs used.</summary>
public sealed record CriterionDto(
    EfficiencyCriterion Criterion,
    decimal? Value,
    CriterionLevel Level,
    IReadOnlyDictionary<string, JsonElement>? Inputs,
    DateTimeOffset? ComputedAt);

public sealed record EfficiencyDto(Guid OrganizationId, int Year, IReadOnlyList<CriterionDto> Criteria);

/// <summary>The seven efficiency criteria of an organisation for a year; "no data" for a criterion never computed.</summary>
[Authorize(Roles = MonitoringRoles.OrganizationReaders)]
public sealed record GetEfficiencyQuery(Guid? OrganizationId = null, int? Year = null) : IRequest<EfficiencyDto>;

public sealed class GetEfficiencyValidator : AbstractValidator<GetEfficiencyQuery>
{
    public GetEfficiencyValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty();
        RuleFor(q => q.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
    }
}

internal sealed class GetEfficiencyHandler(IApplicationDbContext db) : IRequestHandler<GetEfficiencyQuery, EfficiencyDto>
{
    public async Task<EfficiencyDto> Handle(GetEfficiencyQuery request, CancellationToken cancellationToken)
    {
        var (organizationId, year) = (request.OrganizationId!.Value, request.Year!.Value);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Organization), organizationId);
        }

        var snapshots = await db.CriterionSnapshots.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.Year == year)
            .Select(s => new { s.Criterion, s.Value, s.Level, s.Inputs, s.ComputedAt })
            .ToListAsync(cancellationToken);
        var criteria = Enum.GetValues<EfficiencyCriterion>().Select(criterion =>
        {
            var snapshot = snapshots.Find(s => s.Criterion == criterion);
            return snapshot is null
                ? new CriterionDto(criterion, null, CriterionLevel.NoData, null, null)
                : new CriterionDto(criterion, snapshot.Value, snapshot.Level,
                    snapshot.Inputs is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(snapshot.Inputs), snapshot.ComputedAt);
        }).ToList();
        return new EfficiencyDto(organizationId, year, criteria);
    }
}

// ---- Requests map ---------------------------------------------------------------------------------------------

/// <summary>A topic of mentees' requests in a municipality: how many mentees asked for it, and in how many requests.</summary>
public sealed record RequestTagDto(Guid MunicipalityId, string MunicipalityName, string Tag, int Mentees, int Requests);

/// <summary>
/// The regional map of educational requests (карта образовательных запросов): mentees' request tags counted by
/// municipality (of the mentee's own organisation) for a calendar year, over the programmes that cover it.
/// </summary>
[Authorize(Roles = MonitoringRoles.Readers)]
public sealed record GetRequestsMapQuery(Guid? RegionId = null, int? Year = null, Guid? MunicipalityId = null) : IRequest<IReadOnlyList<RequestTagDto>>;

public sealed class GetRequestsMapValidator : AbstractValidator<GetRequestsMapQuery>
{
    public GetRequestsMapValidator()
    {
        RuleFor(q => q.RegionId).NotEmpty();
        RuleFor(q => q.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear + 1, AcademicYear.MaxStartYear - 1);
    }
}

internal sealed class GetRequestsMapHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetRequestsMapQuery, IReadOnlyList<RequestTagDto>>
{
    public async Task<IReadOnlyList<RequestTagDto>> Handle(GetRequestsMapQuery request, CancellationToken cancellationToken)
    {
        await MonitoringScope.EnsureRegionVisibleAsync(db, user, request.RegionId!.Value, cancellationToken);
        return await RequestsMap.Query(db, user, request.RegionId.Value, request.Year!.Value, request.MunicipalityId).ToListAsync(cancellationToken);
    }
}

internal static class RequestsMap
{
    /// <summary>
    /// Grouped in the database. The programme and group query filters refer to each other, which EF cannot expand, so
    /// the query ignores the filters and applies the organisation scope rule itself.
    /// </summary>
    public static IQueryable<RequestTagDto> Query(IApplicationDbContext db, ICurrentUser user, Guid regionId, int year, Guid? municipalityId)
    {
        var current = new AcademicYear(year);
        var previous = new AcademicYear(year - 1);
        var rows = from t in db.MenteeRequestTags.IgnoreQueryFilters()
                   join r in db.MenteeRequests on t.RequestId equals r.Id
                   join mentee in db.Mentees on r.MenteeId equals mentee.Id
                   join programme in db.Programmes on mentee.ProgrammeId equals programme.Id
                   join person in db.People on mentee.PersonId equals person.Id
                   join organization in db.Organizations.Where(ScopeExpressions.VisibleOrganization(user)) on person.OrganizationId equals organization.Id
                   join municipality in db.Municipalities on organization.MunicipalityId equals municipality.Id
                   where organization.RegionId == regionId
                         && programme.StartYear <= current && ((programme.EndYear == null && programme.StartYear >= previous) || programme.EndYear >= previous)
                   select new { organization.MunicipalityId, MunicipalityName = municipality.Name, t.Tag, mentee.PersonId, RequestId = r.Id };
        if (municipalityId is { } only)
        {
            rows = rows.Where(x => x.MunicipalityId == only);
        }

        return rows.GroupBy(x => new { x.MunicipalityId, x.MunicipalityName, x.Tag })
            .OrderBy(g => g.Key.MunicipalityName).ThenBy(g => g.Key.Tag)
            .Select(g => new RequestTagDto(g.Key.MunicipalityId, g.Key.MunicipalityName, g.Key.Tag, g.Select(x => x.PersonId).Distinct().Count(), g.Select(x => x.RequestId).Distinct().Count()));
    }
}

// ---- Stale groups ---------------------------------------------------------------------------------------------

public sealed record StaleGroupDto
{
    public Guid GroupId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid OrganizationId { get; init; }

    public DateOnly StartedAt { get; init; }

    public DateTimeOffset? LastMeetingAt { get; init; }

    public int DaysWithoutMeeting { get; init; }

    public DateTimeOffset FlaggedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StaleGroup, StaleGroupDto>();
    }
}

/// <summary>Active pairs and groups with no meeting for the configured number of days, as the daily job flagged them.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetStaleGroupsQuery(Guid? OrganizationId = null, Guid? ProgrammeId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<StaleGroupDto>>, IPagedRequest;

public sealed class GetStaleGroupsValidator : AbstractValidator<GetStaleGroupsQuery>
{
    public GetStaleGroupsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetStaleGroupsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetStaleGroupsQuery, PagedList<StaleGroupDto>>
{
    public Task<PagedList<StaleGroupDto>> Handle(GetStaleGroupsQuery request, CancellationToken cancellationToken)
    {
        var query = db.StaleGroups.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(s => s.OrganizationId == organizationId);
        }

        if (request.ProgrammeId is { } programmeId)
        {
            query = query.Where(s => s.ProgrammeId == programmeId);
        }

        return query.OrderByDescending(s => s.DaysWithoutMeeting).ThenBy(s => s.GroupId)
            .ProjectToPagedListAsync<StaleGroupDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
