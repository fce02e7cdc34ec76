using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>
/// The data the export tests read: a region in Irkutsk time (UTC+8) with one school whose name holds a comma and
/// quotes, one pair-group of a mentor and three mentees with requests, and a recompute of 2024; and a second school
/// whose name is a formula.
/// </summary>
public sealed record ExportScenario(Guid RegionId, Guid MunicipalityId, Guid SchoolId)
{
    public const string SchoolName = "Школа, \"экспорт\"";
    public const string Formula = "=HYPERLINK(\"http://x\",\"y\")";
    public const string IrkutskTimeZone = "Asia/Irkutsk";

    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static async Task<ExportScenario> SeedAsync(Given given, HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/regions", new { code = "38", name = "Иркутская область", timeZone = IrkutskTimeZone }, HttpResults.Json);
        var region = await HttpResults.OkAsync<RegionDto>(response, HttpStatusCode.Created);
        var municipality = (await given.Municipality(region.Id, "Ангарский городской округ", "25703000")).Id;
        var school = (await given.Organization(municipality, SchoolName, inn: "3801010101")).Id;
        await given.Organization(municipality, Formula);
        await given.HeadCount(school, 2024, 9);
        var programme = (await given.Programme(school, startYear: 2024)).Id;
        var mentor = (await given.People(school, 1, PersonCategory.Pupil, new DateOnly(2007, 2, 2)))[0];
        var mentees = await given.People(school, 3, PersonCategory.Pupil, new DateOnly(2011, 2, 2));
        await given.Group(programme, mentor, mentees, new DateOnly(2024, 9, 2));
        await given.Rows(db =>
        {
            for (var i = 0; i < mentees.Count; i++)
            {
                var mentee = new Mentee(programme, mentees[i], MenteeDataChannel.ClassTeacher);
                mentee.AddRequest("Подготовка к олимпиаде", i == 0 ? ["олимпиада", "математика"] : ["математика"]);
                db.Mentees.Add(mentee);
            }
        });
        await client.RecomputeAsync(2024);
        return new ExportScenario(region.Id, municipality, school);
    }

    /// <summary>A catalogue text in a language, as the export writes it.</summary>
    public static string Text(CultureInfo culture, string key) => Catalogue.InCulture(culture, () => Catalogue.Text(key));

    /// <summary>Reads a CSV as Excel would split it: the header and the records, with the given delimiter.</summary>
    public static (string[] Header, List<string[]> Records) ParseCsv(string text, string delimiter)
    {
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, DetectDelimiter = false });
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, header.Length).Select(i => reader.GetField(i) ?? string.Empty)]);
        }

        return (header, records);
    }
}
