using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>XLSX read back with the Open XML SDK: the header's style, the frozen row, the filter, typed cells, the sheet split.</summary>
public sealed class ExportXlsxTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Excel's built-in number formats: 14 is a short date, 22 a date and time.
    private const uint ShortDateFormat = 14;
    private const uint DateTimeFormat = 22;

    private ExportScenario _scenario = null!;

    [SetUp]
    public async Task Seed() => _scenario = await SeedAsync(Given, Client);

    [Test]
    public async Task The_header_row_is_bold_filled_frozen_and_filtered_with_column_widths()
    {
        AsAnalyst(_scenario.RegionId);
        using var workbook = await XlsxAsync(Client, $"{Api}/exports/coverage?year=2024&format=xlsx");
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var styles = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet;

        var header = sheet.Descendants<Row>().First().Elements<Cell>().ToList();
        header.Select(Text).Should().StartWith(["Год", "Уровень", "Код региона", "Регион"]);
        header.Should().OnlyContain(c => c.StyleIndex != null && c.StyleIndex.Value == header[0].StyleIndex!.Value);
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold.Should().NotBeNull("the header is bold");
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!;
        (fill.PatternType!.Value == PatternValues.Solid).Should().BeTrue("the header is filled");

        var pane = sheet.Descendants<Pane>().Single();
        (pane.VerticalSplit?.Value, pane.TopLeftCell?.Value, pane.State!.Value == PaneStateValues.Frozen).Should().Be((1d, "A2", true));
        sheet.Descendants<AutoFilter>().Single().Reference!.Value.Should().Be($"A1:{Column(header.Count)}1");
        var widths = sheet.Descendants<Column>().ToList();
        widths.Should().HaveCount(header.Count).And.OnlyContain(c => c.Width != null && c.Width.Value >= 10 && c.CustomWidth != null);
    }

    [Test]
    public async Task Numbers_are_numbers_and_dates_are_dates_with_a_date_format()
    {
        AsAnalyst(_scenario.RegionId);
        using var coverage = await XlsxAsync(Client, $"{Api}/exports/coverage?year=2024&format=xlsx");
        var rows = coverage.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var school = rows.Single(r => Text(r.Elements<Cell>().ElementAt(6)) == SchoolName && Text(r.Elements<Cell>().ElementAt(8)) == ExportScenario.Text(Russian, "enum.Indicator.PupilsMentored"));
        var cells = school.Elements<Cell>().ToList();
        foreach (var (index, value) in new[] { (0, "2024"), (10, "3"), (11, "9"), (12, "33.3") })
        {
            IsNumber(cells[index]).Should().BeTrue($"column {index} is a number");
            cells[index].CellValue!.Text.Should().Be(value);
        }

        IsNumber(cells[16]).Should().BeTrue("the computed-at time is a date serial");
        NumberFormatOf(coverage, cells[16]).Should().Be(DateTimeFormat);
        var local = DateTime.FromOADate(double.Parse(cells[16].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        local.Should().Be(MentorshipFactory.Start.UtcDateTime.AddHours(8), "Irkutsk is UTC+8 and the recompute ran at the test clock's start");

        using var pairs = await XlsxAsync(Client, $"{Api}/exports/pairs?year=2024&format=xlsx");
        var started = pairs.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).First().Elements<Cell>().ElementAt(8);
        IsNumber(started).Should().BeTrue();
        NumberFormatOf(pairs, started).Should().Be(ShortDateFormat);
        DateTime.FromOADate(double.Parse(started.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(new DateTime(2024, 9, 2));
    }

    [Test]
    public async Task A_formula_in_a_name_is_an_inline_string_never_a_formula()
    {
        AsAnalyst(_scenario.RegionId);
        using var workbook = await XlsxAsync(Client, $"{Api}/exports/coverage?year=2024&format=xlsx");
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;

        sheet.Descendants<CellFormula>().Should().BeEmpty();
        var cells = sheet.Descendants<Cell>().Where(c => Text(c) == ExportScenario.Formula).ToList();
        cells.Should().NotBeEmpty();
        cells.Should().OnlyContain(c => c.DataType != null && c.DataType.Value == CellValues.InlineString && c.CellFormula == null);
    }

    [Test]
    public async Task Rows_past_the_configured_limit_go_to_a_new_sheet_under_the_same_header()
    {
        await using var limited = Factory.WithWebHostBuilder(builder => builder.UseSetting("Exports:MaxRowsPerSheet", "3"));
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;

        using var workbook = await XlsxAsync(client, $"{Api}/exports/pairs?regionId={_scenario.RegionId}&year=2024&format=xlsx");
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).Should().Equal("Пары и группы", "Пары и группы (2)");
        var parts = sheets.Select(s => ((WorksheetPart)workbook.WorkbookPart.GetPartById(s.Id!.Value!)).Worksheet).ToList();
        parts.Select(p => p.Descendants<Row>().Count()).Should().Equal(1 + 3, 1 + 1);
        parts.Should().OnlyContain(p => Text(p.Descendants<Row>().First().Elements<Cell>().First()) == "Пара или группа (псевдоним)");
        parts.Should().OnlyContain(p => p.Descendants<Pane>().Any() && p.Descendants<AutoFilter>().Any());
    }

    private static async Task<SpreadsheetDocument> XlsxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be(XlsxMediaType);
        response.Content.Headers.ContentDisposition!.FileName.Should().EndWith(".xlsx");
        return SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private static bool IsNumber(Cell cell) => (cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.CellValue is not null;

    private static uint NumberFormatOf(SpreadsheetDocument workbook, Cell cell) =>
        workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;

    private static string Column(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : throw new ArgumentOutOfRangeException(nameof(number));
}
