using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// CSV (RFC 4180) through CsvHelper, in UTF-8 with a BOM so that Excel reads Cyrillic; the delimiter, the decimal
/// separator and the date format come from <see cref="ExportOptions"/>. Rows are written as they are read; CsvHelper
/// hands each record to a 64 KiB buffer that is written to the response asynchronously.
/// </summary>
public sealed class CsvExportWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        var options = table.Options;
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        var configuration = new CsvConfiguration(options.NumberCulture) { Delimiter = options.Delimiter.ToString(), NewLine = "\r\n" };
        await using var csv = new CsvWriter(text, configuration, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Header);
        }

        await csv.NextRecordAsync();
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row)
            {
                if (value is string s && ExportCells.IsFormulaLike(s))
                {
                    // OWASP CSV injection: a leading apostrophe makes a spreadsheet take the field as text, quoted as a whole.
                    csv.WriteField("'" + s, shouldQuote: true);
                }
                else
                {
                    csv.WriteField(Text(value, options));
                }
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        await text.FlushAsync(cancellationToken);
    }

    private static string Text(object? value, ExportOptions options) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString(options.DateFormat, CultureInfo.InvariantCulture),
        DateTime t => t.ToString(options.DateTimeFormat, CultureInfo.InvariantCulture),

        // A decimal keeps the scale of its column (70.0000 from numeric(12,4)): written without trailing zeros.
        decimal m => m.ToString("0.##########", options.NumberCulture),
        IFormattable f => f.ToString(null, options.NumberCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>Rules shared by the export writers.</summary>
public static class ExportCells
{
    /// <summary>
    /// Text that a spreadsheet would run as a formula (or a DDE command): it starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return (OWASP CSV injection).
    /// </summary>
    public static bool IsFormulaLike(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
