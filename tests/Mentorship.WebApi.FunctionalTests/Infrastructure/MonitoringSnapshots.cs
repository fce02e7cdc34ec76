using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>An indicator snapshot as a comparable value: everything but its id and the time it was computed.</summary>
public sealed record IndicatorFigure(
    MonitoringLevel Level, Guid UnitId, Guid RegionId, Guid? MunicipalityId, int Year, Indicator Indicator, string Breakdown,
    int Numerator, int? Denominator, decimal? Value, decimal? Target, int? TargetCount, bool? Met);

/// <summary>A criterion snapshot as a comparable value: everything but its id and the time it was computed.</summary>
public sealed record CriterionFigure(Guid OrganizationId, int Year, EfficiencyCriterion Criterion, decimal? Value, CriterionLevel Level, string? Inputs);

/// <summary>What a recompute wrote for a year, in a stable order, to compare one run with another field by field.</summary>
public sealed record MonitoringSnapshots(List<IndicatorFigure> Indicators, List<CriterionFigure> Criteria)
{
    public static async Task<MonitoringSnapshots> ReadAsync(ApplicationDbContext db, int year)
    {
        var indicators = await db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year)
            .Select(s => new IndicatorFigure(s.Level, s.UnitId, s.RegionId, s.MunicipalityId, s.Year, s.Indicator, s.Breakdown,
                s.Numerator, s.Denominator, s.Value, s.Target, s.TargetCount, s.Met))
            .ToListAsync();
        var criteria = await db.CriterionSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year)
            .Select(s => new CriterionFigure(s.OrganizationId, s.Year, s.Criterion, s.Value, s.Level, s.Inputs))
            .ToListAsync();
        return new MonitoringSnapshots(
            [.. indicators.OrderBy(f => f.Level).ThenBy(f => f.UnitId).ThenBy(f => f.Indicator).ThenBy(f => f.Breakdown, StringComparer.Ordinal)],
            [.. criteria.OrderBy(f => f.OrganizationId).ThenBy(f => f.Criterion)]);
    }

    /// <summary>Deletes every snapshot of the year (but the indicator snapshots <paramref name="keep"/>), so that the next run writes them again.</summary>
    public static async Task<int> ClearAsync(ApplicationDbContext db, int year, Guid[]? keep = null)
    {
        keep ??= [];
        return await db.IndicatorSnapshots.IgnoreQueryFilters().Where(s => s.Year == year && !keep.Contains(s.Id)).ExecuteDeleteAsync()
               + await db.CriterionSnapshots.IgnoreQueryFilters().Where(s => s.Year == year).ExecuteDeleteAsync();
    }

    /// <summary>Field-by-field equality with <paramref name="expected"/>, row by row.</summary>
    public void ShouldEqual(MonitoringSnapshots expected)
    {
        Indicators.Should().NotBeEmpty().And.Equal(expected.Indicators);
        Criteria.Should().NotBeEmpty().And.Equal(expected.Criteria);
    }
}
