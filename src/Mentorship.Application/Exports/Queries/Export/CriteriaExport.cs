using System.Text.Json;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>
/// The yearly efficiency criteria of organisations, and their inputs as a dataset of their own (one row per figure
/// a criterion was computed from) rather than a JSON object inside a cell.
/// </summary>
internal static class CriteriaExport
{
    private static readonly (string Key, ExportColumnKind Kind)[] OrganizationColumns =
        [("year", WholeNumber), ("municipality", Text), ("oktmo", Text), ("organization", Text), ("inn", Text), ("criterion", Text)];

    public static ExportRows Rows(IApplicationDbContext db, ExportQuery request, ExportLabels labels)
    {
        var columns = labels.Columns(ExportDatasets.Criteria, [.. OrganizationColumns, ("value", Number), ("level", Text), ("computedAt", Timestamp)]);
        return new ExportRows(columns, Query(db, request, withInputsOnly: false).AsAsyncEnumerable().Map(r => [
            r.Year, r.MunicipalityName, r.Oktmo, r.OrganizationName, r.Inn, labels.Of(r.Criterion), r.Value, labels.Of(r.Level), labels.Local(r.ComputedAt, r.TimeZone)]));
    }

    public static ExportRows InputRows(IApplicationDbContext db, ExportQuery request, ExportLabels labels)
    {
        var columns = labels.Columns(ExportDatasets.CriteriaInputs, [.. OrganizationColumns, ("input", Text), ("value", Number)]);
        return new ExportRows(columns, Query(db, request, withInputsOnly: true).AsAsyncEnumerable().MapMany(r => Inputs(r.Inputs!).Select(input => new object?[]
        {
            r.Year, r.MunicipalityName, r.Oktmo, r.OrganizationName, r.Inn, labels.Of(r.Criterion), Input(input.Name, labels), input.Value,
        })));
    }

    private static IQueryable<CriterionRow> Query(IApplicationDbContext db, ExportQuery request, bool withInputsOnly)
    {
        var query = from s in db.CriterionSnapshots.AsNoTracking()
                    join o in db.Organizations on s.OrganizationId equals o.Id
                    select new { s, o };
        if (request.RegionId is { } regionId)
        {
            query = query.Where(x => x.o.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(x => x.o.MunicipalityId == municipalityId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(x => x.s.Year == year);
        }

        if (withInputsOnly)
        {
            query = query.Where(x => x.s.Inputs != null);
        }

        return from x in query
               join m in db.Municipalities on x.o.MunicipalityId equals m.Id into ms
               from m in ms.DefaultIfEmpty()
               join r in db.Regions on x.o.RegionId equals r.Id into rs
               from r in rs.DefaultIfEmpty()
               orderby x.s.Year, m.Name, x.o.Name, x.s.OrganizationId, x.s.Criterion
               select new CriterionRow(x.s.Year, m.Name, m.Oktmo, x.o.Name, x.o.Inn, x.s.Criterion, x.s.Value, x.s.Level, x.s.Inputs, x.s.ComputedAt, r.TimeZone);
    }

    /// <summary>The figures a criterion was computed from, as stored with its snapshot: numbers, or a yes/no flag.</summary>
    private static IEnumerable<(string Name, object? Value)> Inputs(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Name, (object?)(p.Value.ValueKind switch
        {
            JsonValueKind.Number => p.Value.GetDecimal(),
            JsonValueKind.True => 1m,
            JsonValueKind.False => 0m,
            _ => null,
        })))];
    }

    /// <summary>An input's title: the counts of answers at each level are "answers «…»"; the other figures have their own.</summary>
    private static string Input(string name, ExportLabels labels) =>
        Enum.TryParse<CriterionLevel>(name, ignoreCase: true, out var level)
            ? labels.Format("export.criteria-inputs.answers", labels.Of(level)!)
            : labels.Text($"export.criteria-inputs.{name}");

    private sealed record CriterionRow(
        int Year, string? MunicipalityName, string? Oktmo, string OrganizationName, string? Inn, EfficiencyCriterion Criterion, decimal? Value,
        CriterionLevel Level, string? Inputs, DateTimeOffset ComputedAt, string? TimeZone);
}
