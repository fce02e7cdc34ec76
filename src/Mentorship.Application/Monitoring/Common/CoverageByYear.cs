using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Queries.GetCoverageByYear;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>
/// The analysts' municipality × year table of every indicator (count, share, target, met), read from the
/// municipalities' snapshots in the caller's scope (the snapshots' query filter): the read helper of the
/// coverage-by-year report and its export.
/// </summary>
public static class CoverageByYear
{
    public static IQueryable<CoverageByYearDto> Query(IApplicationDbContext db, Guid? regionId, Guid? municipalityId, int firstYear, int lastYear) =>
        from s in db.IndicatorSnapshots.AsNoTracking()
        join m in db.Municipalities on s.UnitId equals m.Id
        where s.Level == MonitoringLevel.Municipality && s.Breakdown == IndicatorSnapshot.Total && s.Year >= firstYear && s.Year <= lastYear
              && (regionId == null || s.RegionId == regionId) && (municipalityId == null || s.UnitId == municipalityId)
        orderby m.Name, m.Id, s.Year, s.Indicator
        select new CoverageByYearDto(m.Id, m.Name, m.Oktmo, s.Year, s.Indicator, s.Numerator, s.Denominator, s.Value, s.Target, s.TargetCount, s.Met, s.NotPlaced);

    /// <summary>A share is shown rounded to one decimal; a count as it is.</summary>
    public static CoverageByYearDto Shown(CoverageByYearDto row) =>
        row.Denominator is null || row.Value is not { } v ? row : row with { Value = Math.Round(v, 1, MidpointRounding.AwayFromZero) };
}
