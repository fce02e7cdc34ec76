using System.Globalization;
using System.Text;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// CSV (RFC 4180) in UTF-8 with a BOM, so that Excel reads Cyrillic. With the semicolon separator of Russian Excel,
/// numbers take a decimal comma too. Rows are written as they are read and flushed asynchronously in chunks.
/// </summary>
public sealed class CsvExportWriter : IExportWriter
{
    private const int FlushEveryRows = 2000;
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public ExportFormat Format => ExportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync(ExportTable table, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Separator == ';' ? Russian : CultureInfo.InvariantCulture;
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        var line = new StringBuilder(256);
        AppendLine(line, table.Columns, options.Separator, culture);
        await writer.WriteAsync(line, cancellationToken);
        var rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            AppendLine(line, row, options.Separator, culture);
            await writer.WriteAsync(line, cancellationToken);
            if (++rows % FlushEveryRows == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static void AppendLine(StringBuilder line, IReadOnlyList<object?> values, char separator, CultureInfo culture)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                line.Append(separator);
            }

            var text = ExportValues.Text(values[i], culture);
            if (text.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) >= 0)
            {
                line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(text);
            }
        }

        line.Append("\r\n");
    }
}

/// <summary>How export cells are written as text: ISO dates, enums by name, numbers in the chosen culture.</summary>
public static class ExportValues
{
    public static string Text(object? value, CultureInfo culture) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),

        // A decimal keeps the scale of its column (70.0000 from numeric(12,4)): written without trailing zeros.
        decimal m => m.ToString("0.##########", culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
