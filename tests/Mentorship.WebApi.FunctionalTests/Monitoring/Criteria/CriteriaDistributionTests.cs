using System.Globalization;
using System.Net;
using System.Text;
using Mentorship.Application.Monitoring.Queries.GetCriteriaDistribution;
using Mentorship.Domain.Monitoring;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Criteria;

/// <summary>The criteria distribution by municipality, as JSON and as the CSV export, against figures counted by hand.</summary>
public sealed class CriteriaDistributionTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    // Per municipality: criteria 1, 2 (2.1), 6 and indicator 6.3 of its schools, counted by hand from the set-up below.
    private static readonly Dictionary<(string Municipality, string Code, CriterionLevel Level), int> Expected = new()
    {
        [("Ангарский", "1", CriterionLevel.Present)] = 1, [("Ангарский", "1", CriterionLevel.Absent)] = 1,
        [("Братский", "1", CriterionLevel.Present)] = 1, [("Братский", "1", CriterionLevel.Absent)] = 0,
        [("Иркутский", "1", CriterionLevel.Present)] = 0, [("Иркутский", "1", CriterionLevel.Absent)] = 3,
        [("Ангарский", "2.1", CriterionLevel.Available)] = 1, [("Ангарский", "2.1", CriterionLevel.NoData)] = 1,
        [("Братский", "2.1", CriterionLevel.Available)] = 0, [("Братский", "2.1", CriterionLevel.NoData)] = 1,
        [("Иркутский", "2.1", CriterionLevel.Available)] = 0, [("Иркутский", "2.1", CriterionLevel.NoData)] = 3,
        [("Ангарский", "6.3", CriterionLevel.Participated)] = 1, [("Ангарский", "6.3", CriterionLevel.NotParticipated)] = 0, [("Ангарский", "6.3", CriterionLevel.NoData)] = 1,
        [("Братский", "6.3", CriterionLevel.Participated)] = 0, [("Братский", "6.3", CriterionLevel.NotParticipated)] = 1, [("Братский", "6.3", CriterionLevel.NoData)] = 0,
        [("Иркутский", "6.3", CriterionLevel.Participated)] = 1, [("Иркутский", "6.3", CriterionLevel.NotParticipated)] = 0, [("Иркутский", "6.3", CriterionLevel.NoData)] = 2,
        [("Ангарский", "6", CriterionLevel.Present)] = 1, [("Ангарский", "6", CriterionLevel.NoData)] = 1,
        [("Братский", "6", CriterionLevel.Present)] = 0, [("Братский", "6", CriterionLevel.NoData)] = 1,
        [("Иркутский", "6", CriterionLevel.Present)] = 1, [("Иркутский", "6", CriterionLevel.NoData)] = 2,
    };

    // Each municipality lists every level of the 7 criteria (21 levels + 7 "no data") and the 11 indicators (28 + 11).
    private const int RowsPerMunicipality = 28 + 39;

    [Test]
    public async Task Three_municipalities_give_the_organisations_at_each_level_in_json_and_csv_as_counted_by_hand()
    {
        var (region, municipalities) = await SeedAsync();

        AsAnalyst(region);
        var rows = await OkAsync<List<CriteriaDistributionRowDto>>(await Client.GetAsync($"{Api}/monitoring/reports/criteria-distribution?regionId={region}&year=2024"));
        rows.Should().HaveCount(3 * RowsPerMunicipality);
        rows.Select(r => r.Municipality).Distinct().Should().Equal("Ангарский", "Братский", "Иркутский");
        foreach (var ((municipality, code, level), count) in Expected)
        {
            rows.Single(r => r.Municipality == municipality && r.Code == code && r.Level == level).Organizations.Should().Be(count, $"{municipality} {code} {level}");
        }

        var response = await Client.GetAsync($"{Api}/exports/criteria-distribution?regionId={region}&year=2024");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var (header, records) = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), ";");
        header.Should().Equal("Год", "Муниципалитет", "ОКТМО", "Код", "Критерий", "Показатель", "Уровень", "Организаций");
        records.Should().HaveCount(3 * RowsPerMunicipality);
        foreach (var ((municipality, code, level), count) in Expected)
        {
            records.Single(r => r[1] == municipality && r[3] == code && r[6] == Text(Russian, $"enum.CriterionLevel.{level}"))[7]
                .Should().Be(count.ToString(CultureInfo.InvariantCulture), $"{municipality} {code} {level}");
        }
    }

    [Test]
    public async Task A_municipal_coordinator_reads_only_their_municipality_and_another_region_is_not_found()
    {
        var (region, municipalities) = await SeedAsync();

        AsMunicipalCoordinator(municipalities[1]);
        var own = await OkAsync<List<CriteriaDistributionRowDto>>(await Client.GetAsync($"{Api}/monitoring/reports/criteria-distribution?regionId={region}&year=2024"));
        own.Should().HaveCount(RowsPerMunicipality).And.OnlyContain(r => r.MunicipalityId == municipalities[1]);
        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/reports/criteria-distribution?municipalityId={municipalities[0]}&year=2024"), HttpStatusCode.NotFound);

        AsAdministrator();
        var elsewhere = await Given.Region("24", "Красноярский край");
        AsAnalyst(elsewhere.Id);
        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/reports/criteria-distribution?regionId={region}&year=2024"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/monitoring/reports/criteria-distribution?year=2024"), HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// Ангарский: a school with a programme, one paper answer «available» and the curator's «took part», and a school
    /// with nothing. Братский: a school with a programme whose curator says «did not take part». Иркутский: three
    /// schools without programmes, one of them «took part».
    /// </summary>
    private async Task<(Guid Region, List<Guid> Municipalities)> SeedAsync()
    {
        var region = (await Given.Region()).Id;
        var municipalities = new List<Guid>();
        foreach (var name in new[] { "Ангарский", "Братский", "Иркутский" })
        {
            municipalities.Add((await Given.Municipality(region, name)).Id);
        }

        var active = (await Given.Organization(municipalities[0])).Id;
        await Given.Organization(municipalities[0]);
        var declined = (await Given.Organization(municipalities[1])).Id;
        var contestant = (await Given.Organization(municipalities[2])).Id;
        await Given.Organization(municipalities[2]);
        await Given.Organization(municipalities[2]);
        await Given.Programme(active);
        await Given.Programme(declined);

        var questionnaire = await Client.OpenQuestionnaireAsync(active, 2024);
        (await Client.PaperAnswersAsync(questionnaire.Id, "distribution-1", [new { deficitConditions = "Available" }])).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var (organizationId, participated) in new[] { (active, true), (declined, false), (contestant, true) })
        {
            (await PutAsync($"{Api}/monitoring/mentorship-contests", new { organizationId, year = 2024, participated })).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await Client.RecomputeAsync(2024);
        return (region, municipalities);
    }
}
