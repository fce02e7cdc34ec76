using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FluentAssertions;
using Mentorship.Application.Exports;
using Mentorship.Infrastructure.Exports;
using NUnit.Framework;

namespace Mentorship.Application.UnitTests.Exports;

/// <summary>
/// The CSV writer formats cells into its own buffers; its bytes are held to what CsvHelper (the writer it replaced)
/// wrote for the same cells with the same configuration: quoting, doubled quotes, delimiters, decimal separators,
/// dates, times, nulls, Cyrillic and the formula guard — in every language and delimiter an export offers.
/// </summary>
public sealed class CsvExportWriterTests
{
    private static readonly ExportColumn[] Columns =
    [
        new("Организация", ExportColumnKind.Text), new("Число", ExportColumnKind.WholeNumber), new("Доля, %", ExportColumnKind.Number),
        new("Дата", ExportColumnKind.Date), new("Время", ExportColumnKind.Timestamp), new(" пробел ", ExportColumnKind.Text),
    ];

    private static readonly object?[][] Rows =
    [
        ["Школа, \"экспорт\"", 3, 33.3000m, new DateOnly(2024, 9, 2), new DateTime(2024, 12, 31, 23, 5, 9), null],
        ["=HYPERLINK(\"http://x\",\"y\")", -12, -0.5m, new DateOnly(1999, 1, 31), new DateTime(2000, 2, 29, 0, 0, 0), "+7 999"],
        ["-минус", 0, 70.0000m, null, null, "@sum"],
        ["\tтабуляция", int.MaxValue, 1234567.891m, new DateOnly(2025, 5, 31), new DateTime(2025, 1, 1, 12, 0, 0), " ведущий пробел"],
        ["хвост ", 1_000_000L, 0m, new DateOnly(2024, 1, 1), new DateTime(2024, 6, 1, 8, 30, 0), "a;b"],
        [string.Empty, null, 12.5m, null, null, "многострочный\r\nтекст"],
        ["кавычка \" внутри", 7, 1m / 3m, null, null, "tab\tinside"],
        ["обычный текст", 42, 100m, new DateOnly(2024, 2, 29), new DateTime(2024, 2, 29, 13, 14, 15), "ёЁ — «ёлка» 🎄"],
    ];

    [TestCase(false, null)]
    [TestCase(true, null)]
    [TestCase(false, ",")]
    [TestCase(false, "\t")]
    [TestCase(true, "\t")]
    [TestCase(true, ";")]
    public async Task Writes_every_kind_of_cell_byte_for_byte_as_csvhelper_did(bool english, string? delimiter)
    {
        var options = ExportOptions.For(english, delimiter);

        var written = await WriteAsync(new CsvExportWriter(), options, Rows);

        written.Should().Equal(CsvHelperBytes(options, Rows));
        Encoding.UTF8.GetString(written).Should().Contain("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").And.Contain("ёЁ — «ёлка» 🎄");
    }

    [Test]
    public async Task A_lone_line_feed_or_carriage_return_in_text_is_quoted_so_the_record_stays_whole()
    {
        var options = ExportOptions.For(english: false, delimiter: null);

        var text = Encoding.UTF8.GetString(await WriteAsync(new CsvExportWriter(), options, [["строка\nдругая", 1, null, null, null, "конец\r"]]));

        text.Should().EndWith("\"строка\nдругая\";1;;;;\"конец\r\"\r\n");
    }

    [Test]
    public async Task Thousands_of_rows_in_many_chunks_are_the_same_bytes_as_one_piece_and_start_with_one_bom()
    {
        var options = ExportOptions.For(english: false, delimiter: null);
        var rows = Enumerable.Range(0, 5_000).Select(i => Rows[i % Rows.Length]).ToArray();

        var written = await WriteAsync(new CsvExportWriter(), options, rows);

        written.Length.Should().BeGreaterThan(4 * CsvExportWriter.ChunkBytes, "the rows span several chunks");
        written.Should().Equal(CsvHelperBytes(options, rows));
    }

    private static async Task<byte[]> WriteAsync(CsvExportWriter writer, ExportOptions options, object?[][] rows)
    {
        using var output = new MemoryStream();
        await writer.WriteAsync(new ExportTable("test", "Test", Columns, Stream(rows), ExportFormat.Csv, options), output, CancellationToken.None);
        return output.ToArray();
    }

    private static async IAsyncEnumerable<object?[]> Stream(object?[][] rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    /// <summary>The cells as the writer before this one wrote them, through CsvHelper with the same configuration.</summary>
    private static byte[] CsvHelperBytes(ExportOptions options, object?[][] rows)
    {
        using var output = new MemoryStream();
        using (var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(text, new CsvConfiguration(options.NumberCulture) { Delimiter = options.Delimiter.ToString(), NewLine = "\r\n" }, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column.Header);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    if (value is string formula && ExportCells.IsFormulaLike(formula))
                    {
                        csv.WriteField("'" + formula, shouldQuote: true);
                    }
                    else
                    {
                        csv.WriteField(value switch
                        {
                            null => string.Empty,
                            string s => s,
                            DateOnly d => d.ToString(options.DateFormat, CultureInfo.InvariantCulture),
                            DateTime t => t.ToString(options.DateTimeFormat, CultureInfo.InvariantCulture),
                            decimal m => m.ToString("0.##########", options.NumberCulture),
                            IFormattable f => f.ToString(null, options.NumberCulture),
                            _ => value.ToString() ?? string.Empty,
                        });
                    }
                }

                csv.NextRecord();
            }
        }

        return output.ToArray();
    }
}
