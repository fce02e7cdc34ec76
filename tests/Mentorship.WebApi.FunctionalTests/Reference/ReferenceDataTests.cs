using System.Net;
using System.Net.Http.Headers;

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
}
