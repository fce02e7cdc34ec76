using System.Drawing;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Microsoft.Extensions.Configuration;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// XLSX through SpreadCheetah, which writes the workbook straight to the response as the rows are read (nothing of
/// the sheet is kept in memory). Each sheet has a bold, filled header row that stays in view, an autofilter and
/// column widths; numbers are numbers and dates are dates with a date format. Text is always an inline string, never
/// a formula, so "=HYPERLINK(…)" in a name stays text. A sheet holds at most <c>Exports:MaxRowsPerSheet</c> data rows
/// (Excel's limit of 1 048 576 rows less the header by default); the rest go to the next sheet, under the same header.
/// </summary>
public sealed class XlsxExportWriter(IConfiguration configuration) : IExportWriter
{
    public const int ExcelMaxDataRows = 1_048_575;

    private const int SheetNameMaxLength = 31;

    private readonly int _maxRowsPerSheet = Math.Clamp(configuration.GetValue<int?>("Exports:MaxRowsPerSheet") ?? ExcelMaxDataRows, 1, ExcelMaxDataRows);

    public ExportFormat Format => ExportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        await using var response = new AsyncOnlyStream(output);
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(response, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest }, cancellationToken))
        {
            await WriteSheetsAsync(spreadsheet, table, cancellationToken);
        }

        await response.FlushAsync(cancellationToken);
    }

    private async Task WriteSheetsAsync(Spreadsheet spreadsheet, ExportTable table, CancellationToken cancellationToken)
    {
        var styles = new Styles(
            spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) } }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.ShortDate) }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.DateAndTime) }));
        var headers = table.Columns.Select(c => c.Header).ToArray();
        var cells = new Cell[table.Columns.Count];
        var sheet = 1;
        await StartSheetAsync(spreadsheet, table, headers, styles, sheet, cancellationToken);
        var rowsInSheet = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            if (rowsInSheet == _maxRowsPerSheet)
            {
                await StartSheetAsync(spreadsheet, table, headers, styles, ++sheet, cancellationToken);
                rowsInSheet = 0;
            }

            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CellOf(row[i], styles);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
            rowsInSheet++;
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }

    private static async Task StartSheetAsync(Spreadsheet spreadsheet, ExportTable table, string[] headers, Styles styles, int number, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1, AutoFilter = new AutoFilterOptions($"A1:{ColumnName(headers.Length)}1") };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            options.Column(i + 1).Width = Width(table.Columns[i]);
        }

        var suffix = number == 1 ? string.Empty : $" ({number})";
        var title = table.Title.Length + suffix.Length > SheetNameMaxLength ? table.Title[..(SheetNameMaxLength - suffix.Length)] : table.Title;
        await spreadsheet.StartWorksheetAsync(title + suffix, options, cancellationToken);
        await spreadsheet.AddHeaderRowAsync(headers, styles.Header, cancellationToken);
    }

    private static Cell CellOf(object? value, Styles styles) => value switch
    {
        null => new Cell(),
        string s => new Cell(s),
        int n => new Cell(n),
        long n => new Cell(n),
        decimal m => new Cell(m),
        DateOnly d => new Cell(d.ToDateTime(TimeOnly.MinValue), styles.Date),
        DateTime t => new Cell(t, styles.Timestamp),
        _ => new Cell(value.ToString()),
    };

    /// <summary>A width that fits the header and the usual values of the column's kind; the rows are not known in advance.</summary>
    private static double Width(ExportColumn column) => Math.Clamp(column.Header.Length + 3, column.Kind switch
    {
        ExportColumnKind.Text => 16,
        ExportColumnKind.Date => 12,
        ExportColumnKind.Timestamp => 17,
        _ => 10,
    }, 60);

    /// <summary>The letters of a 1-based column number: 1 → A, 27 → AA.</summary>
    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private sealed record Styles(StyleId Header, StyleId Date, StyleId Timestamp);
}
