using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;

/// <param name="RegionId">Only the region and its municipalities.</param>
/// <param name="MunicipalityId">Only this municipality.</param>
/// <param name="Level">Region or Municipality (organisations are never shown one by one).</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Indicator">Only this indicator.</param>
/// <param name="IncludeBreakdowns">Also list the breakdowns (by form, format, rural…), not only the totals.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicIndicatorsQuery(
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    MonitoringLevel? Level = null,
    int? Year = null,
    Indicator? Indicator = null,
    bool IncludeBreakdowns = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PublicIndicatorDto>>, IPagedRequest;

internal sealed class GetPublicIndicatorsHandler(IApplicationDbContext db, IOptions<PublicOptions> options)
    : IRequestHandler<GetPublicIndicatorsQuery, PagedList<PublicIndicatorDto>>
{
    public async Task<PagedList<PublicIndicatorDto>> Handle(GetPublicIndicatorsQuery request, CancellationToken cancellationToken)
    {
        var query = db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Level == MonitoringLevel.Region || s.Level == MonitoringLevel.Municipality);
        if (request.RegionId is { } regionId)
        {
            var municipalities = db.Municipalities.Where(m => m.RegionId == regionId).Select(m => m.Id);
            query = query.Where(s => (s.Level == MonitoringLevel.Region && s.UnitId == regionId)
                                     || (s.Level == MonitoringLevel.Municipality && municipalities.Contains(s.UnitId)));
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(s => s.Level == MonitoringLevel.Municipality && s.UnitId == municipalityId);
        }

        if (request.Level is { } level)
        {
            query = query.Where(s => s.Level == level);
        }

        if (request.Year is { } year)
        {
            query = query.Where(s => s.Year == year);
        }

        if (request.Indicator is { } indicator)
        {
            query = query.Where(s => s.Indicator == indicator);
        }

        if (!request.IncludeBreakdowns)
        {
            query = query.Where(s => s.Breakdown == IndicatorSnapshot.Total);
        }

        var page = await query
            .OrderByDescending(s => s.Year).ThenByDescending(s => s.Level).ThenBy(s => s.UnitId).ThenBy(s => s.Indicator).ThenBy(s => s.Breakdown).ThenBy(s => s.Id)
            .ToPagedListAsync(PageRequest.From(request), cancellationToken);

        var unitIds = page.Items.Select(s => s.UnitId).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => unitIds.Contains(r.Id)).Select(r => new { r.Id, r.Name })
            .Concat(db.Municipalities.AsNoTracking().Where(m => unitIds.Contains(m.Id)).Select(m => new { m.Id, m.Name }))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        var minimum = options.Value.MinimumGroupSize;
        var items = page.Items.Select(s => Disclose(s, names.GetValueOrDefault(s.UnitId, string.Empty), minimum)).ToList();
        return new PagedList<PublicIndicatorDto>(items, page.Page, page.PageSize, page.TotalCount);
    }

    private static PublicIndicatorDto Disclose(IndicatorSnapshot snapshot, string unitName, int minimum)
    {
        var suppressed = IsAboutPersons(snapshot.Indicator)
                         && (IsSmall(snapshot.Numerator, minimum) || (snapshot.Denominator is { } d && IsSmall(d - snapshot.Numerator, minimum)));
        return new PublicIndicatorDto
        {
            Level = snapshot.Level,
            UnitId = snapshot.UnitId,
            UnitName = unitName,
            Year = snapshot.Year,
            Indicator = snapshot.Indicator,
            Breakdown = snapshot.Breakdown,
            Numerator = suppressed ? null : snapshot.Numerator,
            Denominator = snapshot.Denominator,
            Value = suppressed || snapshot.Value is not { } value ? null
                : snapshot.Indicator.IsShare() ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : value,
            Target = snapshot.Target,
            TargetCount = snapshot.TargetCount,
            Met = suppressed ? null : snapshot.Met,
            Suppressed = suppressed,
            LastModified = snapshot.ComputedAt,
        };
    }

    /// <summary>
    /// A count below the minimum is hidden, zero included: were zeros shown, a hidden figure would be known to lie
    /// between 1 and the minimum.
    /// </summary>
    private static bool IsSmall(int count, int minimum) => count < minimum;

    /// <summary>Shares and counts of organisations name no person; all the other indicators count persons or pairs.</summary>
    private static bool IsAboutPersons(Indicator indicator) =>
        indicator is not (Indicator.OrganizationsWithProgramme or Indicator.OrganizationsWithTrainedStaff);
}
