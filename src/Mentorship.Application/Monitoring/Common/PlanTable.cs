using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Queries.GetPlan;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>
/// Reads the plan table (seed 004's layout) from the indicator snapshots and the targets in force: the read helper of
/// GET /monitoring/plan and of the plan report and export.
/// </summary>
public static class PlanTable
{
    public const int DefaultFrom = 2019;
    public const int DefaultTo = 2024;

    private sealed record Territory(MonitoringLevel Level, Guid UnitId, Guid? MunicipalityId, string Name, string Code);

    /// <summary>
    /// The rows of a region (its own and its municipalities' in the caller's scope) or of one municipality. A caller
    /// outside the region or municipality gets 404.
    /// </summary>
    public static async Task<IReadOnlyList<PlanRowDto>> ReadAsync(IApplicationDbContext db, ICurrentUser user, Guid? regionId, Guid? municipalityId, int from, int to, Indicator indicator, CancellationToken cancellationToken)
    {
        Guid region;
        var territories = new List<Territory>();
        var municipalities = db.Municipalities.IgnoreQueryFilters().AsNoTracking();
        if (municipalityId is { } m)
        {
            region = await MonitoringScope.EnsureMunicipalityVisibleAsync(db, user, m, cancellationToken);
            municipalities = municipalities.Where(x => x.Id == m);
        }
        else
        {
            region = regionId!.Value;
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, region, cancellationToken);
            municipalities = municipalities.Where(x => x.RegionId == region);

            // A municipal coordinator sees the own municipality's row only.
            if (!user.IsUnrestricted() && user.RegionId != region && user.MunicipalityId is { } own)
            {
                municipalities = municipalities.Where(x => x.Id == own);
            }
            else
            {
                territories.Add(await db.Regions.AsNoTracking().Where(r => r.Id == region)
                    .Select(r => new Territory(MonitoringLevel.Region, r.Id, null, r.Name, r.Code)).SingleAsync(cancellationToken));
            }
        }

        territories.AddRange(await municipalities.OrderBy(x => x.Name).ThenBy(x => x.Id)
            .Select(x => new Territory(MonitoringLevel.Municipality, x.Id, x.Id, x.Name, x.Oktmo)).ToListAsync(cancellationToken));

        var unitIds = territories.Select(t => t.UnitId).ToList();
        var snapshots = (await db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.RegionId == region && s.Indicator == indicator && s.Breakdown == IndicatorSnapshot.Total
                            && s.Year >= from && s.Year <= to && s.Level != MonitoringLevel.Organization && unitIds.Contains(s.UnitId))
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.UnitId, s.Year));

        var targets = new Dictionary<int, TargetsInForce>();
        for (var year = from; year <= to; year++)
        {
            targets[year] = await EffectiveTargets.InForceAsync(db, region, year, cancellationToken);
        }

        return territories.ConvertAll(t => Row(t, from, to, indicator, snapshots, targets));
    }

    private static PlanRowDto Row(Territory territory, int from, int to, Indicator indicator, Dictionary<(Guid, int), IndicatorSnapshot> snapshots, Dictionary<int, TargetsInForce> targets)
    {
        var known = Enumerable.Range(from, to - from + 1)
            .Select(y => snapshots.GetValueOrDefault((territory.UnitId, y)))
            .Where(s => s?.Denominator is > 0)
            .ToList();
        var years = new List<PlanYearDto>();
        for (var year = from; year <= to; year++)
        {
            if (snapshots.TryGetValue((territory.UnitId, year), out var s))
            {
                var isCount = s.Target is null && s.TargetCount is not null && indicator.IsShare();
                decimal? share = s.Value is { } v && indicator.IsShare() ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : s.Value;
                years.Add(new PlanYearDto(year, s.Denominator, indicator.IsShare() ? s.Target : null, s.TargetCount, isCount || !indicator.IsShare(),
                    s.Numerator, share, s.Met, s.NotPlaced, false));
                continue;
            }

            // Not recomputed: the target from the latest base head-count known before the year (else the earliest after).
            var basis = known.LastOrDefault(k => k!.Year < year) ?? known.FirstOrDefault();
            var target = targets[year].For(territory.Level, territory.MunicipalityId, indicator);
            int? baseHeadCount = basis?.Denominator;
            int? targetCount = target is null ? null
                : target.IsCount || !indicator.IsShare() ? (int)target.Value
                : baseHeadCount is { } b ? IndicatorSnapshot.TargetCountOf(target.Value, b) : null;
            years.Add(new PlanYearDto(year, baseHeadCount, target is { IsCount: false } && indicator.IsShare() ? target.Value : null, targetCount,
                target?.IsCount ?? false, null, null, null, null, true));
        }

        return new PlanRowDto(territory.Level, territory.UnitId, territory.Name, territory.Code, known.LastOrDefault()?.Denominator, years);
    }
}
