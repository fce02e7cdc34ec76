using System.Net;
using System.Net.Http.Headers;
using Mentorship.Application.Reference.Queries.GetCriteria;

namespace Mentorship.WebApi.FunctionalTests.Reference;

/// <summary>Reference data in Russian and English.</summary>
public sealed class ReferenceDataTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Reference_data_is_in_russian_by_default_and_in_english_on_request()
    {
        var russian = await Client.GetStringAsync($"{Api}/reference/forms");
        russian.Should().Contain("Ученик – ученик").And.Contain("\"mentorCategories\":[\"Pupil\"]");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/reference/stages");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        english.Should().Contain("Selection and training of mentors");

        foreach (var path in new[] { "formats", "organization-kinds", "criteria", "person-categories" })
        {
            var response = await Client.GetAsync($"{Api}/reference/{path}");
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Test]
    public async Task The_criteria_list_their_indicators_as_seed_001_does()
    {
        var criteria = await OkAsync<List<CriterionReferenceDto>>(await Client.GetAsync($"{Api}/reference/criteria"));

        criteria.SelectMany(c => c.Indicators.Select(i => i.Number)).Should()
            .Equal("1.1", "2.1", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "6.2", "6.3", "7.1");
        var motivation = criteria.Single(c => c.Number == 3);
        motivation.Indicators.Select(i => i.Indicator).Should().Equal("MaterialMotivation", "NonMaterialMotivation");
        motivation.Indicators[0].Levels.Should().HaveCount(3);
        criteria.Single(c => c.Number == 6).Indicators.Select(i => i.Levels.Count).Should().Equal(1, 2, 2);
    }
}
