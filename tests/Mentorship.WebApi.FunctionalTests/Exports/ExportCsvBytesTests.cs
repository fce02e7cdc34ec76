using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Exports;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Exports;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>
/// The CSV of every dataset, as the API sends it, is exactly what CsvHelper (the writer before this one) makes of the
/// same cells: each file is split into its cells and written again through CsvHelper with the configuration the
/// export used (delimiter, CR LF, a quoted apostrophe before a formula), and the bytes must not differ. And a failure
/// after the first rows were sent aborts the response: the client never gets a file that looks complete.
/// </summary>
public sealed class ExportCsvBytesTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private ExportScenario _scenario = null!;

    [SetUp]
    public async Task Seed() => _scenario = await SeedAsync(Given, Client);

    [TestCase(false, null, ";")]
    [TestCase(true, null, ",")]
    [TestCase(false, "tab", "\t")]
    public async Task Every_dataset_is_byte_for_byte_what_csvhelper_writes_of_its_cells(bool english, string? asked, string delimiter)
    {
        AsAnalyst(_scenario.RegionId);
        var cells = 0;
        foreach (var dataset in ExportDatasets.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/exports/{dataset}?regionId={_scenario.RegionId}&year=2024{(asked is null ? string.Empty : $"&delimiter={asked}")}");
            if (english)
            {
                request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
            }

            using var response = await Client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK, dataset);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], dataset);

            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            var (header, records) = ParseCsv(text, delimiter);
            Rewritten(header, records, delimiter).Should().Be(text, $"the {dataset} export is written as CsvHelper writes its cells");
            cells += records.Sum(r => r.Length);
        }

        cells.Should().BeGreaterThan(100, "the datasets hold rows");
    }

    [Test]
    public async Task The_school_whose_name_holds_a_comma_and_quotes_is_one_quoted_field_with_its_quotes_doubled()
    {
        AsAnalyst(_scenario.RegionId);
        var text = await Client.GetStringAsync($"{Api}/exports/pairs?regionId={_scenario.RegionId}&delimiter=comma");

        text.Should().Contain(",25703000,\"Школа, \"\"экспорт\"\"\",3801010101,", "a name with the delimiter and quotes is quoted, its quotes doubled")
            .And.EndWith("\r\n");
    }

    [Test]
    public async Task A_failure_after_the_first_rows_were_sent_aborts_the_response_instead_of_ending_the_file()
    {
        var programme = (await Given.Programme(_scenario.SchoolId, startYear: 2024)).Id;
        var mentors = await Given.People(_scenario.SchoolId, 300, PersonCategory.Pupil, new DateOnly(2007, 1, 1));
        var mentees = await Given.People(_scenario.SchoolId, 300, PersonCategory.Pupil, new DateOnly(2011, 1, 1));
        await Given.Groups(programme, [.. mentors.Zip(mentees, (mentor, mentee) => (mentor, (IReadOnlyList<Guid>)[mentee]))], new DateOnly(2024, 9, 1), new DateOnly(2025, 5, 31));
        using var failing = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IPseudonymizer>(sp =>
            new FailingPseudonymizer(ActivatorUtilities.CreateInstance<HmacPseudonymizer>(sp), failAfter: 500))));
        using var client = failing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue(Roles.Analyst, [(MentorshipClaims.RegionId, _scenario.RegionId.ToString())], Factory.Clock.GetUtcNow()));

        using var response = await client.GetAsync($"{Api}/exports/pairs", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the first rows were on their way before the failure");
        var body = new MemoryStream();
        var reading = async () => await (await response.Content.ReadAsStreamAsync()).CopyToAsync(body);

        await reading.Should().ThrowAsync<Exception>("the response is aborted, not ended as if the file were complete");
        body.Length.Should().BeGreaterThan(CsvExportWriter.ChunkBytes / 2, "rows were sent before the failure");
    }

    /// <summary>The file written again from its cells through CsvHelper, as the writer before this one configured it.</summary>
    private static string Rewritten(string[] header, List<string[]> records, string delimiter)
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, NewLine = "\r\n" }, leaveOpen: true))
        {
            foreach (var record in records.Prepend(header))
            {
                foreach (var cell in record)
                {
                    if (cell.Length > 1 && cell[0] == '\'' && ExportCells.IsFormulaLike(cell[1..]))
                    {
                        // A neutralised formula was written as one quoted field: an apostrophe and the text.
                        csv.WriteField(cell, shouldQuote: true);
                    }
                    else
                    {
                        csv.WriteField(cell);
                    }
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>Pseudonyms as usual, until the given number of people: then the database "fails" in the middle of the rows.</summary>
    private sealed class FailingPseudonymizer(IPseudonymizer inner, int failAfter) : IPseudonymizer
    {
        private int _people;

        public string Of(Guid personId) => Interlocked.Increment(ref _people) > failAfter
            ? throw new InvalidOperationException("A failure in the middle of the export.")
            : inner.Of(personId);

        public string OfGroup(Guid groupId) => inner.OfGroup(groupId);
    }
}
