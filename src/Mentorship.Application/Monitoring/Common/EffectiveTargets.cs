using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>One target of a schedule as it applies to a region: its own override, else the federal default.</summary>
public sealed record EffectiveTarget(Indicator Indicator, int Year, decimal Value, decimal? FederalDefault, bool IsRegionOverride, bool IsCount = false);

/// <summary>A municipality's own target (its override of the region's).</summary>
public sealed record MunicipalTarget(Guid MunicipalityId, Indicator Indicator, int Year, decimal Value, bool IsCount);

/// <summary>
/// The targets in force for a region: the region's override, else the federal default row (seeded by the
/// migrations, editable by an administrator), else the federal schedule of the domain. A municipality's own targets
/// override the region's for the municipality (<see cref="MunicipalAsync"/>, <see cref="TargetsInForce"/>).
/// </summary>
public static class EffectiveTargets
{
    /// <summary>The schedule in force for a region (or the federal defaults), as the targets use cases answer it.</summary>
    public static async Task<IReadOnlyList<TargetDto>> ScheduleAsync(IApplicationDbContext db, Guid? regionId, CancellationToken cancellationToken)
    {
        var targets = await ForAsync(db, regionId, null, cancellationToken);
        return targets.Select(t => new TargetDto(t.Indicator, t.Year, t.Value, t.FederalDefault, t.IsRegionOverride, t.IsCount)).ToList();
    }

    /// <summary>The schedule in force for a municipality: its own targets over its region's schedule.</summary>
    public static async Task<IReadOnlyList<TargetDto>> MunicipalScheduleAsync(IApplicationDbContext db, Guid regionId, Guid municipalityId, CancellationToken cancellationToken)
    {
        var own = (await MunicipalAsync(db, municipalityId, null, cancellationToken)).ToDictionary(t => (t.Indicator, t.Year));
        var region = await ForAsync(db, regionId, null, cancellationToken);
        return region.Select(t => own.Remove((t.Indicator, t.Year), out var m)
                ? new TargetDto(t.Indicator, t.Year, m.Value, t.FederalDefault, false, m.IsCount, municipalityId, true)
                : new TargetDto(t.Indicator, t.Year, t.Value, t.FederalDefault, t.IsRegionOverride, t.IsCount, municipalityId))
            .Concat(own.Values.Select(m => new TargetDto(m.Indicator, m.Year, m.Value, null, false, m.IsCount, municipalityId, true)))
            .OrderBy(t => t.Indicator).ThenBy(t => t.Year)
            .ToList();
    }

    public static async Task<IReadOnlyList<EffectiveTarget>> ForAsync(IApplicationDbContext db, Guid? regionId, int? year, CancellationToken cancellationToken)
    {
        var query = db.IndicatorTargets.AsNoTracking().Where(t => t.MunicipalityId == null && (t.RegionId == null || t.RegionId == regionId));
        if (year is { } y)
        {
            query = query.Where(t => t.Year == y);
        }

        var rows = await query.Select(t => new { t.RegionId, t.Indicator, t.Year, t.Value, t.IsCount }).ToListAsync(cancellationToken);
        var federal = TargetSchedule.FederalDefaults.Where(d => year is null || d.Year == year)
            .ToDictionary(d => (d.Indicator, d.Year), d => (Value: d.Value, IsCount: !d.Indicator.IsShare()));
        foreach (var row in rows.Where(r => r.RegionId is null))
        {
            federal[(row.Indicator, row.Year)] = (row.Value, row.IsCount);
        }

        var overrides = regionId is null
            ? []
            : rows.Where(r => r.RegionId == regionId).ToDictionary(r => (r.Indicator, r.Year), r => (r.Value, r.IsCount));

        return federal.Keys.Union(overrides.Keys)
            .Select(key =>
            {
                decimal? federalValue = federal.TryGetValue(key, out var f) ? f.Value : null;
                return overrides.TryGetValue(key, out var own)
                    ? new EffectiveTarget(key.Indicator, key.Year, own.Value, federalValue, true, own.IsCount)
                    : new EffectiveTarget(key.Indicator, key.Year, f.Value, federalValue, false, f.IsCount);
            })
            .OrderBy(t => t.Indicator).ThenBy(t => t.Year)
            .ToList();
    }

    /// <summary>The municipalities' own targets: of one municipality, or (with <paramref name="regionId"/>) of a region's.</summary>
    public static async Task<IReadOnlyList<MunicipalTarget>> MunicipalAsync(IApplicationDbContext db, Guid? municipalityId, int? year, CancellationToken cancellationToken, Guid? regionId = null)
    {
        var query = db.IndicatorTargets.AsNoTracking().Where(t => t.MunicipalityId != null);
        if (municipalityId is { } m)
        {
            query = query.Where(t => t.MunicipalityId == m);
        }

        if (regionId is { } r)
        {
            query = query.Where(t => db.Municipalities.IgnoreQueryFilters().Any(x => x.Id == t.MunicipalityId && x.RegionId == r));
        }

        if (year is { } y)
        {
            query = query.Where(t => t.Year == y);
        }

        return await query.OrderBy(t => t.Indicator).ThenBy(t => t.Year)
            .Select(t => new MunicipalTarget(t.MunicipalityId!.Value, t.Indicator, t.Year, t.Value, t.IsCount))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The targets in force for every unit of a region and year.</summary>
    public static async Task<TargetsInForce> InForceAsync(IApplicationDbContext db, Guid regionId, int year, CancellationToken cancellationToken)
    {
        var region = await ForAsync(db, regionId, year, cancellationToken);
        var municipal = await MunicipalAsync(db, null, year, cancellationToken, regionId);
        return new TargetsInForce(
            region.ToDictionary(t => t.Indicator, t => new TargetInForce(t.Value, t.IsCount)),
            region.Where(t => t.FederalDefault is not null).ToDictionary(t => t.Indicator, t => new TargetInForce(t.FederalDefault!.Value, !t.Indicator.IsShare())),
            municipal.ToDictionary(t => (t.MunicipalityId, t.Indicator), t => new TargetInForce(t.Value, t.IsCount)));
    }
}
