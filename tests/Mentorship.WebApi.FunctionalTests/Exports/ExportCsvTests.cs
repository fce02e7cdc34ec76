using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>CSV as Russian Excel opens it (";", BOM, Russian headers and labels, local times) and as English readers do.</summary>
public sealed class ExportCsvTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private ExportScenario _scenario = null!;

    [SetUp]
    public async Task Seed() => _scenario = await SeedAsync(Given, Client);

    [Test]
    public async Task Russian_csv_has_a_bom_semicolons_russian_headers_and_labels_and_irkutsk_times()
    {
        AsAnalyst(_scenario.RegionId);
        var response = await Client.GetAsync($"{Api}/exports/coverage?year=2024");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("coverage-2024.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);

        var (header, records) = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), ";");
        header.Should().StartWith(["Год", "Уровень", "Код региона", "Регион", "Муниципалитет", "ОКТМО", "Организация", "ИНН", "Показатель"]);
        header.Should().NotContain(h => h.StartsWith("export.", StringComparison.Ordinal));
        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var school = records.Single(r => r[column["Организация"]] == SchoolName && r[column["Показатель"]] == Text(Russian, "enum.Indicator.PupilsMentored"));
        school[column["Уровень"]].Should().Be(Text(Russian, "enum.MonitoringLevel.Organization"));
        school[column["Разрез"]].Should().Be(Text(Russian, "export.breakdown.total"));
        (school[column["ОКТМО"]], school[column["ИНН"]], school[column["Код региона"]]).Should().Be(("25703000", "3801010101", "38"));
        (school[column["Числитель"]], school[column["Знаменатель"]], school[column["Значение"]]).Should().Be(("3", "9", "33,3"));
        school[column["Цель достигнута"]].Should().Be("Нет");
        records.SelectMany(r => r).Should().NotContain(cell => cell.StartsWith("enum.", StringComparison.Ordinal) || cell.StartsWith('{'));

        var computedAt = await QueryAsync(db => db.IndicatorSnapshots.Where(s => s.UnitId == _scenario.SchoolId && s.Indicator == Indicator.PupilsMentored).Select(s => s.ComputedAt).FirstAsync());
        var local = DateTime.ParseExact(school[column["Рассчитано (местное время)"]], "dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        local.Should().Be(computedAt.UtcDateTime.AddHours(8), "Irkutsk is UTC+8");
    }

    [Test]
    public async Task English_csv_is_comma_separated_with_english_headers_and_a_decimal_point()
    {
        AsAnalyst(_scenario.RegionId);
        var response = await SendInEnglishAsync(HttpMethod.Get, $"{Api}/exports/coverage?year=2024");
        var (header, records) = ParseCsv(await response.Content.ReadAsStringAsync(), ",");

        header.Should().StartWith(["Year", "Level", "Region code", "Region", "Municipality", "OKTMO", "Organisation", "INN", "Indicator"]);
        var school = records.Single(r => r[6] == SchoolName && r[8] == Text(English, "enum.Indicator.PupilsMentored"));
        (school[10], school[11], school[12], school[15]).Should().Be(("3", "9", "33.3", "No"));
        DateTime.TryParseExact(school[16], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _).Should().BeTrue(school[16]);
    }

    [TestCase("%2C", ",", "33.3")]
    [TestCase("comma", ",", "33.3")]
    [TestCase("%09", "\t", "33,3")]
    [TestCase("tab", "\t", "33,3")]
    [TestCase("%3B", ";", "33,3")]
    public async Task An_explicit_delimiter_wins_over_the_language(string asked, string delimiter, string share)
    {
        AsAnalyst(_scenario.RegionId);
        var (header, records) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/coverage?year=2024&delimiter={asked}"), delimiter);

        header[0].Should().Be("Год");
        records.Should().Contain(r => r[6] == SchoolName && r[8] == Text(Russian, "enum.Indicator.PupilsMentored") && r[12] == share);
    }

    [TestCase("|")]
    [TestCase("semicolons")]
    [TestCase("%3B%3B")]
    public async Task A_delimiter_other_than_semicolon_comma_or_tab_is_refused(string asked)
    {
        AsAnalyst(_scenario.RegionId);
        var problem = await ProblemAsync(await Client.GetAsync($"{Api}/exports/coverage?delimiter={asked}"), HttpStatusCode.BadRequest);

        problem.ErrorCodes.Should().ContainKey("delimiter").WhoseValue.Should().Equal("export.unknown_separator");
    }

    [Test]
    public async Task A_formula_in_a_name_comes_out_as_text_with_a_leading_apostrophe()
    {
        AsAnalyst(_scenario.RegionId);
        var text = await Client.GetStringAsync($"{Api}/exports/coverage?year=2024");
        var (_, records) = ParseCsv(text, ";");

        records.Select(r => r[6]).Should().Contain("'" + Formula).And.NotContain(Formula);
        text.Should().Contain("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    [Test]
    public async Task Criteria_inputs_are_rows_of_their_own_instead_of_json_in_a_cell()
    {
        AsAnalyst(_scenario.RegionId);
        var (criteriaHeader, criteria) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/criteria?year=2024"), ";");
        var (inputsHeader, inputs) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/criteria-inputs?year=2024"), ";");

        criteriaHeader.Should().Equal("Год", "Муниципалитет", "ОКТМО", "Организация", "ИНН", "Критерий", "Значение", "Уровень", "Рассчитано (местное время)");
        criteria.SelectMany(r => r).Should().NotContain(c => c.Contains('{'));
        inputsHeader.Should().Equal("Год", "Муниципалитет", "ОКТМО", "Организация", "ИНН", "Критерий", "Исходный показатель", "Значение");
        inputs.Should().Contain(r => r[3] == SchoolName && r[6] == Text(Russian, "export.criteria-inputs.programmes") && r[7] == "1");
        inputs.Select(r => r[6]).Should().NotContain(label => label.StartsWith("export.", StringComparison.Ordinal));
    }

    [Test]
    public async Task Pairs_carry_pseudonyms_labels_and_dates_and_no_personal_data()
    {
        AsAnalyst(_scenario.RegionId);
        var text = await Client.GetStringAsync($"{Api}/exports/pairs?regionId={_scenario.RegionId}&year=2024");
        var (header, records) = ParseCsv(text, ";");

        header.Should().StartWith("Пара или группа (псевдоним)");
        records.Should().HaveCount(4);
        records.Select(r => r[0]).Distinct().Should().ContainSingle().Which.Should().StartWith("g-");
        records.Select(r => r[11]).Should().OnlyContain(p => p.StartsWith("p-", StringComparison.Ordinal)).And.OnlyHaveUniqueItems();
        records.Select(r => r[10]).Should().BeEquivalentTo(["Наставник", "Наставляемый", "Наставляемый", "Наставляемый"]);
        records.Should().OnlyContain(r => r[8] == "02.09.2024" && r[13] == "02.09.2024");
        text.Should().NotContain("Имя").And.NotContain("02.02.2011");
        Regex.IsMatch(text, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-").Should().BeFalse("no record id (GUID) is exported");
    }

    [Test]
    public async Task The_requests_map_counts_tags_by_municipality_with_its_oktmo()
    {
        AsAnalyst(_scenario.RegionId);
        var (_, records) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/requests-map?regionId={_scenario.RegionId}&year=2024"), ";");

        records.Select(r => (r[1], r[2], r[3], r[4])).Should().BeEquivalentTo([
            ("Ангарский городской округ", "25703000", "математика", "3"), ("Ангарский городской округ", "25703000", "олимпиада", "1")]);
    }

    [Test]
    public async Task Another_regions_analyst_exports_nothing_of_this_region()
    {
        var foreign = (await Given.Region("24", "Красноярский край")).Id;
        AsAnalyst(foreign);

        var (_, records) = ParseCsv(await Client.GetStringAsync($"{Api}/exports/coverage?year=2024"), ";");
        records.Should().BeEmpty();
        (await Client.GetAsync($"{Api}/exports/pairs?regionId={_scenario.RegionId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
