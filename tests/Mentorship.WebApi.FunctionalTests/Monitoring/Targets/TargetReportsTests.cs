using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.Application.Monitoring.Queries.GetCoverageByYear;
using Mentorship.Application.Monitoring.Queries.GetPlan;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Targets;

/// <summary>
/// The analysts' reports for three municipalities × six years (2019–2024) against figures worked out by hand: the
/// coverage-by-year table and the plan table, as JSON, CSV and XLSX.
/// </summary>
public sealed class TargetReportsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023, 2024];

    // Pupils mentored per year. Армавир: 100 pupils every year. Белореченск: 50. Лабинск: 40 pupils reported for
    // 2023/2024 only, so no data before 2023 and 2024 falls back to that report.
    private static readonly int[] ArmavirMentees = [3, 5, 20, 30, 50, 10];
    private static readonly int[] BelorechenskMentees = [1, 5, 0, 0, 0, 0];
    private static readonly int[] LabinskMentees = [0, 0, 0, 0, 0, 28];

    private Guid _region;
    private readonly Dictionary<string, Guid> _municipalities = [];

    [SetUp]
    public async Task SixYearsOfThreeMunicipalities()
    {
        _region = (await Given.Region("23", "Краснодарский край")).Id;
        foreach (var (name, pupils, mentees) in new[] { ("Армавир", 100, ArmavirMentees), ("Белореченск", 50, BelorechenskMentees), ("Лабинск", 40, LabinskMentees) })
        {
            var municipality = (await Given.Municipality(_region, name)).Id;
            _municipalities[name] = municipality;
            var school = (await Given.Organization(municipality, $"Школа ({name})")).Id;
            foreach (var (year, index) in Years.Select((y, i) => (y, i)))
            {
                if (name != "Лабинск" || year == 2023)
                {
                    await Given.HeadCount(school, year, pupils);
                }

                if (mentees[index] > 0)
                {
                    // Aged 14 on 1 September of the year, in a group active from February to November of that year only.
                    var people = await Given.People(school, mentees[index] + 1, PersonCategory.Pupil, new DateOnly(year - 14, 3, 1));
                    var programme = await Given.Programme(school, $"Программа {year}", startYear: year - 1);
                    await Given.Groups(programme.Id, [(people[0], people.Skip(1).ToList())], new DateOnly(year, 2, 1), new DateOnly(year, 11, 30));
                }
            }
        }

        foreach (var year in Years)
        {
            (await Client.RecomputeAsync(year, _region)).Status.Should().Be(JobRunStatus.Succeeded);
        }

        AsAnalyst(_region);
    }

    [Test]
    public async Task The_coverage_by_year_report_equals_the_hand_computed_table_in_json_and_csv()
    {
        var report = await ReadAsync<List<CoverageByYearDto>>(await Client.GetAsync($"{Api}/monitoring/reports/coverage-by-year?regionId={_region}"));
        var pupils = report.Where(r => r.Indicator == Indicator.PupilsMentored).ToList();

        // (municipality, year) → numerator, denominator, share shown, target share, target count, met — by hand:
        // 3 % of 50 = 1.5 → 1 and 35 % of 50 = 17.5 → 17 (a half rounded down), so Белореченск's one mentee meets 2019.
        var expected = new List<(string, int, int, int, decimal?, decimal, int?, bool?)>
        {
            ("Армавир", 2019, 3, 100, 3.0m, 3m, 3, true), ("Армавир", 2020, 5, 100, 5.0m, 10m, 10, false),
            ("Армавир", 2021, 20, 100, 20.0m, 20m, 20, true), ("Армавир", 2022, 30, 100, 30.0m, 35m, 35, false),
            ("Армавир", 2023, 50, 100, 50.0m, 50m, 50, true), ("Армавир", 2024, 10, 100, 10.0m, 70m, 70, false),
            ("Белореченск", 2019, 1, 50, 2.0m, 3m, 1, true), ("Белореченск", 2020, 5, 50, 10.0m, 10m, 5, true),
            ("Белореченск", 2021, 0, 50, 0.0m, 20m, 10, false), ("Белореченск", 2022, 0, 50, 0.0m, 35m, 17, false),
            ("Белореченск", 2023, 0, 50, 0.0m, 50m, 25, false), ("Белореченск", 2024, 0, 50, 0.0m, 70m, 35, false),
            ("Лабинск", 2019, 0, 0, null, 3m, null, null), ("Лабинск", 2020, 0, 0, null, 10m, null, null),
            ("Лабинск", 2021, 0, 0, null, 20m, null, null), ("Лабинск", 2022, 0, 0, null, 35m, null, null),
            ("Лабинск", 2023, 0, 40, 0.0m, 50m, 20, false), ("Лабинск", 2024, 28, 40, 70.0m, 70m, 28, true),
        };
        pupils.Select(r => (r.Municipality, r.Year, r.Numerator, r.Denominator ?? -1, r.Value, r.Target ?? -1, r.TargetCount, r.Met))
            .Should().Equal(expected);
        report.Where(r => r.Indicator == Indicator.Mentees).Select(r => r.Numerator)
            .Should().Equal(ArmavirMentees.Concat(BelorechenskMentees).Concat(LabinskMentees));

        var (header, records) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/coverage-by-year?regionId={_region}"), ";");
        header.Should().StartWith(["Муниципалитет", "ОКТМО", "Год", "Показатель", "Количество", "Базовая численность", "Доля, %"]);
        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var csvPupils = records.Where(r => r[column["Показатель"]] == Text(Russian, "enum.Indicator.PupilsMentored")).ToList();
        csvPupils.Select(r => (r[column["Муниципалитет"]], int.Parse(r[column["Год"]], CultureInfo.InvariantCulture), r[column["Количество"]], r[column["Целевое количество"]], r[column["Цель достигнута"]]))
            .Should().Equal(expected.Select(e => (e.Item1, e.Item2, $"{e.Item3}", $"{e.Item7}", e.Item8 is { } met ? (met ? "Да" : "Нет") : string.Empty)));
        decimal.Parse(csvPupils.Single(r => r[column["Муниципалитет"]] == "Белореченск" && r[column["Год"]] == "2019")[column["Доля, %"]], Russian).Should().Be(2m);
    }

    [Test]
    public async Task The_plan_report_equals_the_hand_computed_plan_in_json_csv_and_xlsx()
    {
        var plan = await ReadAsync<PlanDto>(await Client.GetAsync($"{Api}/monitoring/plan?regionId={_region}"));
        plan.Rows.Select(r => r.Name).Should().Equal("Краснодарский край", "Армавир", "Белореченск", "Лабинск");

        // The region: 150 pupils in 2019–2022 and 190 in 2023–2024; mentees the sum of the municipalities'. 3 % of 150
        // = 4.5 → 4, met by 4; 35 % of 150 = 52.5 → 52.
        var region = plan.Rows[0];
        region.BaseHeadCount.Should().Be(190);
        region.Years.Select(y => (y.BaseHeadCount, y.TargetCount, y.Actual, y.Met)).Should().Equal(
            (150, 4, 4, true), (150, 15, 10, false), (150, 30, 20, false), (150, 52, 30, false), (190, 95, 50, false), (190, 133, 38, false));
        plan.Rows[1].Years.Select(y => y.TargetCount).Should().Equal(3, 10, 20, 35, 50, 70);
        plan.Rows[2].Years.Select(y => y.TargetCount).Should().Equal(1, 5, 10, 17, 25, 35);
        plan.Rows[3].Years.Select(y => (y.TargetCount, y.Actual, y.Met)).Should().Equal(
            (null, 0, null), (null, 0, null), (null, 0, null), (null, 0, null), (20, 0, false), (28, 28, true));
        plan.Rows.Should().OnlyContain(r => r.Years.All(y => !y.Projected));

        var (header, records) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/plan?regionId={_region}"), ";");
        header.Should().StartWith(["Уровень", "Территория", "Код (регион / ОКТМО)", "Количество обучающихся (база)", "2019: целевое количество"]);
        records.Select(r => r[1]).Should().Equal(plan.Rows.Select(r => r.Name));
        var armavir2023 = header.ToList().IndexOf("2023: факт");
        records[1][armavir2023].Should().Be("50");
        records[1][header.ToList().IndexOf("2023: цель достигнута")].Should().Be("Да");

        var response = await Client.GetAsync($"{Api}/exports/plan?regionId={_region}&format=xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        rows.Should().HaveCount(1 + 4);
        static string CellText(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty;
        rows[0].Elements<Cell>().Select(CellText).Should().StartWith(["Уровень", "Территория"]);
        var baseCell = rows[2].Elements<Cell>().ElementAt(3);
        (baseCell.DataType is null || baseCell.DataType.Value == CellValues.Number).Should().BeTrue("a head-count is a number");
        CellText(baseCell).Should().Be("100");
    }
}
