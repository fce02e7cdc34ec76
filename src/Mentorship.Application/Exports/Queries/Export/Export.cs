using System.Runtime.CompilerServices;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>
/// An export for analysts: coverage, criteria (and their inputs), requests map, pairs (pseudonymised, no personal
/// data) or roadmaps, filtered by region, municipality and year, as CSV (the default) or XLSX; the caller's scope
/// applies through the query filters. <paramref name="Delimiter"/> is the CSV delimiter (<c>;</c>, <c>,</c> or a tab);
/// without it, <c>;</c> for Russian and <c>,</c> for English.
/// </summary>
[Authorize(Roles = MonitoringScope.Readers)]
public sealed record ExportQuery(string Dataset, Guid? RegionId, Guid? MunicipalityId, int? Year, string? Format = null, string? Delimiter = null) : IRequest<ExportTable>;

/// <summary>The columns of a dataset and its rows, read as they are written.</summary>
internal sealed record ExportRows(IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<object?[]> Rows);

internal sealed class ExportHandler(IApplicationDbContext db, IStreamingReads streaming, ICurrentUser user, IPseudonymizer pseudonymizer) : IRequestHandler<ExportQuery, ExportTable>
{
    public async Task<ExportTable> Handle(ExportQuery request, CancellationToken cancellationToken)
    {
        // The rows are read while the response is written: not buffered whole by the retrying execution strategy.
        // Before the context's first query (the region's scope below), when EF settles whether its queries buffer.
        streaming.StreamResults();
        if (request.RegionId is { } regionId)
        {
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, regionId, cancellationToken);
        }

        var labels = new ExportLabels();
        var rows = request.Dataset switch
        {
            ExportDatasets.Coverage => CoverageExport.Rows(db, request, labels),
            ExportDatasets.Criteria => CriteriaExport.Rows(db, request, labels),
            ExportDatasets.CriteriaInputs => CriteriaExport.InputRows(db, request, labels),
            ExportDatasets.RequestsMap => await RequestsMapExport.RowsAsync(db, user, request, labels, cancellationToken),
            ExportDatasets.Pairs => PairsExport.Rows(db, streaming, user, pseudonymizer, request, labels),
            ExportDatasets.CriteriaDistribution => await CriteriaDistributionExport.RowsAsync(db, user, request, labels, cancellationToken),
            ExportDatasets.CoverageByYear => TargetsExports.CoverageByYearRows(db, request, labels),
            ExportDatasets.Plan => await TargetsExports.PlanRowsAsync(db, user, request, labels, cancellationToken),
            _ => RoadmapsExport.Rows(db, request, labels),
        };
        var format = string.Equals(request.Format, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        return new ExportTable(request.Dataset, labels.Text($"export.{request.Dataset}"), rows.Columns, rows.Rows, format, ExportOptions.For(labels.IsEnglish, request.Delimiter));
    }
}

internal static class ExportRowMapping
{
    /// <summary>Maps each row read from the database to its cells, one at a time.</summary>
    public static async IAsyncEnumerable<object?[]> Map<T>(this IAsyncEnumerable<T> rows, Func<T, object?[]> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return map(row);
        }
    }

    /// <summary>Maps each row read from the database to any number of rows of cells.</summary>
    public static async IAsyncEnumerable<object?[]> MapMany<T>(this IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?[]>> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var cells in map(row))
            {
                yield return cells;
            }
        }
    }
}
