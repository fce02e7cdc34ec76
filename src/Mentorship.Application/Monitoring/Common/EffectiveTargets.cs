using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>One target of a schedule as it applies to a region: its own override, else the federal default.</summary>
public sealed record EffectiveTarget(Indicator Indicator, int Year, decimal Value, decimal? FederalDefault, bool IsRegionOverride);

/// <summary>
/// The targets in force for a region: the region's override, else the federal default row (seeded by the
/// migrations, editable by an administrator), else the federal schedule of the domain.
/// </summary>
public static class EffectiveTargets
{
    /// <summary>The schedule in force for a region (or the federal defaults), as the targets use cases answer it.</summary>
    public static async Task<IReadOnlyList<TargetDto>> ScheduleAsync(IApplicationDbContext db, Guid? regionId, CancellationToken cancellationToken)
    {
        var targets = await ForAsync(db, regionId, null, cancellationToken);
        return targets.Select(t => new TargetDto(t.Indicator, t.Year, t.Value, t.FederalDefault, t.IsRegionOverride)).ToList();
    }

    public static async Task<IReadOnlyList<EffectiveTarget>> ForAsync(IApplicationDbContext db, Guid? regionId, int? year, CancellationToken cancellationToken)
    {
        var query = db.IndicatorTargets.AsNoTracking().Where(t => t.RegionId == null || t.RegionId == regionId);
        if (year is { } y)
        {
            query = query.Where(t => t.Year == y);
        }

        var rows = await query.Select(t => new { t.RegionId, t.Indicator, t.Year, t.Value }).ToListAsync(cancellationToken);
        var federal = TargetSchedule.FederalDefaults.Where(d => year is null || d.Year == year)
            .ToDictionary(d => (d.Indicator, d.Year), d => (decimal?)d.Value);
        foreach (var row in rows.Where(r => r.RegionId is null))
        {
            federal[(row.Indicator, row.Year)] = row.Value;
        }

        var overrides = regionId is null
            ? []
            : rows.Where(r => r.RegionId == regionId).ToDictionary(r => (r.Indicator, r.Year), r => r.Value);

        return federal.Keys.Union(overrides.Keys)
            .Select(key => overrides.TryGetValue(key, out var own)
                ? new EffectiveTarget(key.Indicator, key.Year, own, federal.GetValueOrDefault(key), true)
                : new EffectiveTarget(key.Indicator, key.Year, federal[key]!.Value, federal[key], false))
            .OrderBy(t => t.Indicator).ThenBy(t => t.Year)
            .ToList();
    }
}
