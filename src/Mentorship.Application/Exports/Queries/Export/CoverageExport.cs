using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>Coverage indicators per organisation, municipality and region: one row per indicator and breakdown.</summary>
internal static class CoverageExport
{
    public static ExportRows Rows(IApplicationDbContext db, ExportQuery request, ExportLabels labels)
    {
        var (regionId, municipalityId, year) = (request.RegionId, request.MunicipalityId, request.Year);
        var query = db.IndicatorSnapshots.AsNoTracking().Where(s =>
            (regionId == null || s.RegionId == regionId) && (municipalityId == null || s.MunicipalityId == municipalityId) && (year == null || s.Year == year));

        var rows = from s in query
                   join r in db.Regions on s.RegionId equals r.Id into rs
                   from r in rs.DefaultIfEmpty()
                   join m in db.Municipalities on s.MunicipalityId equals (Guid?)m.Id into ms
                   from m in ms.DefaultIfEmpty()
                   join o in db.Organizations on s.UnitId equals o.Id into os
                   from o in os.DefaultIfEmpty()
                   orderby s.Year, s.Level descending, m.Name, o.Name, s.UnitId, s.Indicator, s.Breakdown
                   select new
                   {
                       s.Year, s.Level, RegionCode = r.Code, RegionName = r.Name, r.TimeZone, MunicipalityName = m.Name, m.Oktmo,
                       OrganizationName = o.Name, o.Inn, s.Indicator, s.Breakdown, s.Numerator, s.Denominator, s.Value, s.Target, s.TargetCount, s.Met, s.ComputedAt, s.NotPlaced,
                   };
        var columns = labels.Columns(ExportDatasets.Coverage,
            ("year", WholeNumber), ("level", Text), ("regionCode", Text), ("region", Text), ("municipality", Text), ("oktmo", Text), ("organization", Text), ("inn", Text),
            ("indicator", Text), ("breakdown", Text), ("numerator", WholeNumber), ("denominator", WholeNumber), ("value", Number), ("target", Number), ("targetCount", WholeNumber),
            ("met", Text), ("computedAt", Timestamp), ("notPlaced", WholeNumber));
        return new ExportRows(columns, rows.AsAsyncEnumerable().Map(s => [
            s.Year, labels.Of(s.Level), s.RegionCode, s.RegionName, s.MunicipalityName, s.Oktmo, s.OrganizationName, s.Inn,
            labels.Of(s.Indicator), Breakdown(s.Breakdown, labels), s.Numerator, s.Denominator, Shown(s.Value), s.Target, s.TargetCount,
            labels.YesNo(s.Met), labels.Local(s.ComputedAt, s.TimeZone), s.NotPlaced]));
    }

    /// <summary>A share is shown rounded to one decimal (the computation rules); it is compared unrounded.</summary>
    private static decimal? Shown(decimal? share) => share is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The breakdown keys of the count indicators ("", "rural", "form:PupilPupil" …) as titles.</summary>
    private static string Breakdown(string breakdown, ExportLabels labels)
    {
        var (kind, value) = breakdown.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
            ? (breakdown[..colon], breakdown[(colon + 1)..])
            : (breakdown, string.Empty);
        return kind switch
        {
            "" => labels.Text("export.breakdown.total"),
            "form" when Enum.TryParse<MentoringForm>(value, out var form) => labels.Of(form)!,
            "format" when Enum.TryParse<MentoringFormat>(value, out var format) => labels.Of(format)!,
            _ => labels.Text($"export.breakdown.{kind}"),
        };
    }
}
