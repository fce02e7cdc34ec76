using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>
/// The analysts' tables of targets and coverage: the municipality × year coverage of every indicator, and the plan
/// table (seed 004's layout: a row per territory with its base head-count, the years as columns). A year filter
/// narrows both to that year; otherwise they span 2019–2024.
/// </summary>
internal static class TargetsExports
{
    public static ExportRows CoverageByYearRows(IApplicationDbContext db, ExportQuery request, ExportLabels labels)
    {
        var (from, to) = Years(request);
        var columns = labels.Columns(ExportDatasets.CoverageByYear,
            ("municipality", Text), ("oktmo", Text), ("year", WholeNumber), ("indicator", Text), ("numerator", WholeNumber), ("denominator", WholeNumber),
            ("value", Number), ("target", Number), ("targetCount", WholeNumber), ("met", Text), ("notPlaced", WholeNumber));
        var rows = CoverageByYear.Query(db, request.RegionId, request.MunicipalityId, from, to).AsAsyncEnumerable()
            .Map(r => CoverageByYear.Shown(r) is var s
                ? [s.Municipality, s.Oktmo, s.Year, labels.Of(s.Indicator), s.Numerator, s.Denominator, s.Value, s.Target, s.TargetCount, labels.YesNo(s.Met), s.NotPlaced]
                : []);
        return new ExportRows(columns, rows);
    }

    public static async Task<ExportRows> PlanRowsAsync(IApplicationDbContext db, ICurrentUser user, ExportQuery request, ExportLabels labels, CancellationToken cancellationToken)
    {
        var (from, to) = Years(request);
        var table = await PlanTable.ReadAsync(db, user, request.RegionId, request.MunicipalityId, from, to, Indicator.PupilsMentored, cancellationToken);
        var columns = labels.Columns(ExportDatasets.Plan, ("level", Text), ("territory", Text), ("code", Text), ("baseHeadCount", WholeNumber)).ToList();
        for (var year = from; year <= to; year++)
        {
            var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            columns.AddRange(
            [
                new ExportColumn(labels.Format("export.plan.targetCount", y), WholeNumber),
                new ExportColumn(labels.Format("export.plan.targetShare", y), Number),
                new ExportColumn(labels.Format("export.plan.actual", y), WholeNumber),
                new ExportColumn(labels.Format("export.plan.share", y), Number),
                new ExportColumn(labels.Format("export.plan.met", y), Text),
                new ExportColumn(labels.Format("export.plan.projected", y), Text),
            ]);
        }

        var rows = table.Select(r => (object?[])
        [
            labels.Of(r.Level), r.Name, r.Code, r.BaseHeadCount,
            .. r.Years.SelectMany(y => new object?[] { y.TargetCount, y.TargetShare, y.Actual, y.Share, labels.YesNo(y.Met), labels.YesNo(y.Projected) }),
        ]).ToAsyncEnumerable();
        return new ExportRows(columns, rows);
    }

    private static (int From, int To) Years(ExportQuery request) =>
        request.Year is { } year ? (year, year) : (PlanTable.DefaultFrom, PlanTable.DefaultTo);
}
