using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.Application.Monitoring.Queries;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetEfficiency;
using Mentorship.Application.Monitoring.Queries.GetRequestsMap;
using Mentorship.Application.Monitoring.Queries.GetStaleGroups;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>Exports for analysts: CSV with a BOM and a semicolon option, XLSX, pseudonymised pairs, the caller's scope.</summary>
public sealed class ExportTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _region;
    private Guid _municipality;

    [SetUp]
    public async Task CreateCoverage()
    {
        var (region, municipality) = await Given.Territory();
        (_region, _municipality) = (region.Id, municipality.Id);
        var school = (await Given.Organization(_municipality, "Школа, \"экспорт\"")).Id;
        await Given.HeadCount(school, 2024, 9);
        var programme = (await Given.Programme(school, startYear: 2024)).Id;
        var mentor = (await Given.People(school, 1, PersonCategory.Pupil, new DateOnly(2007, 2, 2)))[0];
        var mentees = await Given.People(school, 3, PersonCategory.Pupil, new DateOnly(2011, 2, 2));
        await Given.Group(programme, mentor, mentees, new DateOnly(2024, 9, 2));
        await Given.Rows(db =>
        {
            for (var i = 0; i < mentees.Count; i++)
            {
                var mentee = new Mentee(programme, mentees[i], MenteeDataChannel.ClassTeacher);
                mentee.AddRequest("Подготовка к олимпиаде", i == 0 ? ["олимпиада", "математика"] : ["математика"]);
                db.Mentees.Add(mentee);
            }
        });
        await Client.RecomputeAsync(2024);
    }

    [Test]
    public async Task Coverage_is_exported_as_csv_with_a_bom_and_a_semicolon_option()
    {
        AsAnalyst(_region);
        var response = await Client.GetAsync($"{Api}/exports/coverage?year=2024");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("year,level,unitId,unitName,");
        lines.Should().Contain(l => l.Contains("\"Школа, \"\"экспорт\"\"\"") && l.Contains(",PupilsMentored,,3,9,33.3,70,6,false,"));

        var semicolon = Encoding.UTF8.GetString(await Client.GetByteArrayAsync($"{Api}/exports/coverage?year=2024&separator=semicolon"));
        semicolon.Should().Contain("year;level;unitId;").And.Contain(";PupilsMentored;;3;9;33,3;70;6;false;");
    }

    [Test]
    public async Task Pairs_carry_pseudonyms_and_no_personal_data()
    {
        AsAnalyst(_region);
        var csv = await Client.GetStringAsync($"{Api}/exports/pairs?regionId={_region}&year=2024");
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        rows.Should().HaveCount(5);
        rows.Skip(1).Should().OnlyContain(r => r.Contains(",p-"));
        csv.Should().NotContain("Участник").And.NotContain("2011-02-02");
    }

    [Test]
    public async Task Xlsx_is_a_workbook_with_the_same_rows()
    {
        var response = await Client.GetAsync($"{Api}/exports/criteria?year=2024&format=xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        rows.Should().HaveCount(1 + 7);
        rows[0].Descendants<Cell>().First().InnerText.Should().Be("year");
        rows[1].Descendants<Cell>().First().CellValue!.Text.Should().Be("2024");
    }

    [Test]
    public async Task The_requests_map_counts_tags_by_municipality()
    {
        AsAnalyst(_region);
        var map = await ReadAsync<List<RequestTagDto>>(await Client.GetAsync($"{Api}/monitoring/requests-map?regionId={_region}&year=2024"));
        map.Select(t => (t.Tag, t.Mentees)).Should().BeEquivalentTo([("математика", 3), ("олимпиада", 1)]);
        map.Should().OnlyContain(t => t.MunicipalityId == _municipality);

        var csv = await Client.GetStringAsync($"{Api}/exports/requests-map?regionId={_region}&year=2024");
        csv.Should().Contain(",математика,3,3");
    }

    [Test]
    public async Task Another_regions_analyst_exports_nothing_of_this_region()
    {
        var foreign = (await Given.Region("24", "Красноярский край")).Id;
        AsAnalyst(foreign);

        var csv = await Client.GetStringAsync($"{Api}/exports/coverage?year=2024");
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
        (await Client.GetAsync($"{Api}/exports/pairs?regionId={_region}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
