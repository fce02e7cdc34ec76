using System.Buffers;
using System.Globalization;
using System.Text;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// CSV (RFC 4180) in UTF-8 with a BOM so that Excel reads Cyrillic; the delimiter, the decimal separator and the date
/// format come from <see cref="ExportOptions"/>. Rows are written as they are read: each cell is formatted straight
/// into a pooled buffer (no string per number or date), and whole records go to the response in chunks of about
/// 64 KiB. A field is quoted when it holds the delimiter, a quote, a line break or a leading or trailing space
/// (quotes doubled) — the rules of the CsvHelper writer used before, so the bytes are the same, except that a lone
/// line feed or carriage return is quoted too (CsvHelper left it bare, which split the record).
/// </summary>
public sealed class CsvExportWriter : IExportWriter
{
    /// <summary>The size of the chunks written to the response.</summary>
    public const int ChunkBytes = 64 * 1024;

    public ExportFormat Format => ExportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        using var csv = new CsvRecords(table.Options);
        csv.Preamble();
        foreach (var column in table.Columns)
        {
            csv.Text(column.Header);
        }

        csv.EndRecord();
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row)
            {
                csv.Cell(value);
            }

            csv.EndRecord();
            if (csv.PendingChars >= ChunkBytes / 2)
            {
                await csv.SendAsync(output, cancellationToken);
            }
        }

        await csv.SendAsync(output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }
}

/// <summary>
/// The records of one CSV, formatted into a pooled character buffer and sent as UTF-8 whole records at a time (a
/// record ends with CR LF, so no character is ever split between two chunks).
/// </summary>
internal sealed class CsvRecords : IDisposable
{
    private const string DecimalFormat = "0.##########";
    private const int FormattedMaxChars = 64;
    private const int MaxCachedDates = 4096;

    private readonly ExportOptions _options;
    private readonly char _delimiter;
    private readonly SearchValues<char> _quoted;
    private readonly Dictionary<int, string> _dates = [];
    private char[] _chars = ArrayPool<char>.Shared.Rent(CsvExportWriter.ChunkBytes);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(CsvExportWriter.ChunkBytes));
    private int _length;
    private bool _firstInRecord = true;
    private int _preamble;

    public CsvRecords(ExportOptions options)
    {
        _options = options;
        _delimiter = options.Delimiter;
        _quoted = SearchValues.Create(['"', options.Delimiter, '\r', '\n']);
    }

    public int PendingChars => _length;

    /// <summary>The UTF-8 byte order mark, sent before the first record.</summary>
    public void Preamble() => _preamble = Encoding.UTF8.Preamble.Length;

    /// <summary>A cell as the analyst sees it: text (formula-like text neutralised), a number, a date, a time or nothing.</summary>
    public void Cell(object? value)
    {
        switch (value)
        {
            case null:
                Separate();
                break;
            case string s when ExportCells.IsFormulaLike(s):
                // OWASP CSV injection: a leading apostrophe makes a spreadsheet take the field as text, quoted as a whole.
                Separate();
                Quoted("'", s);
                break;
            case string s:
                Text(s);
                break;
            case DateOnly d:
                Text(DateText(d));
                break;
            case DateTime t:
                Formatted(t, _options.DateTimeFormat, CultureInfo.InvariantCulture);
                break;

            // A decimal keeps the scale of its column (70.0000 from numeric(12,4)): written without trailing zeros.
            case decimal m:
                Formatted(m, DecimalFormat, _options.NumberCulture);
                break;
            case ISpanFormattable f:
                Formatted(f, null, _options.NumberCulture);
                break;
            case IFormattable f:
                Text(f.ToString(null, _options.NumberCulture));
                break;
            default:
                Text(value.ToString() ?? string.Empty);
                break;
        }
    }

    /// <summary>A text field, quoted if it must be.</summary>
    public void Text(ReadOnlySpan<char> field)
    {
        Separate();
        if (MustQuote(field))
        {
            Quoted(string.Empty, field);
        }
        else
        {
            Append(field);
        }
    }

    public void EndRecord()
    {
        Append("\r\n");
        _firstInRecord = true;
    }

    /// <summary>Sends the complete records written so far, as UTF-8.</summary>
    public async ValueTask SendAsync(Stream output, CancellationToken cancellationToken)
    {
        var start = 0;
        if (_preamble > 0)
        {
            Encoding.UTF8.Preamble.CopyTo(_bytes);
            start = _preamble;
            _preamble = 0;
        }

        var needed = start + Encoding.UTF8.GetMaxByteCount(_length);
        if (_bytes.Length < needed)
        {
            var larger = ArrayPool<byte>.Shared.Rent(needed);
            _bytes.AsSpan(0, start).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        var count = start + Encoding.UTF8.GetBytes(_chars.AsSpan(0, _length), _bytes.AsSpan(start));
        _length = 0;
        if (count > 0)
        {
            await output.WriteAsync(_bytes.AsMemory(0, count), cancellationToken);
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<byte>.Shared.Return(_bytes);
        _chars = [];
        _bytes = [];
    }

    /// <summary>A date as text, formatted once per day of the export (a date column repeats a few days over many rows).</summary>
    private string DateText(DateOnly date)
    {
        if (!_dates.TryGetValue(date.DayNumber, out var text))
        {
            text = date.ToString(_options.DateFormat, CultureInfo.InvariantCulture);
            if (_dates.Count < MaxCachedDates)
            {
                _dates[date.DayNumber] = text;
            }
        }

        return text;
    }

    private bool MustQuote(ReadOnlySpan<char> field) =>
        field.Length > 0 && (field[0] == ' ' || field[^1] == ' ' || field.ContainsAny(_quoted));

    private void Formatted<T>(T value, string? format, IFormatProvider culture)
        where T : ISpanFormattable
    {
        Span<char> formatted = stackalloc char[FormattedMaxChars];
        if (value.TryFormat(formatted, out var written, format, culture))
        {
            Text(formatted[..written]);
        }
        else
        {
            Text(value.ToString(format, culture));
        }
    }

    private void Quoted(ReadOnlySpan<char> prefix, ReadOnlySpan<char> field)
    {
        Append("\"");
        Append(prefix);
        for (var quote = field.IndexOf('"'); quote >= 0; quote = field.IndexOf('"'))
        {
            Append(field[..(quote + 1)]);
            Append("\"");
            field = field[(quote + 1)..];
        }

        Append(field);
        Append("\"");
    }

    private void Separate()
    {
        if (_firstInRecord)
        {
            _firstInRecord = false;
        }
        else
        {
            Append(new ReadOnlySpan<char>(in _delimiter));
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + text.Length));
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }
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
