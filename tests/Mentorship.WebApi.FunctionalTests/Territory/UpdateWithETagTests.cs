using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;

namespace Mentorship.WebApi.FunctionalTests.Territory;

/// <summary>Updates carry the version they change: the current ETag passes, a stale one is 412.</summary>
public sealed class UpdateWithETagTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task An_update_with_the_current_etag_changes_the_record_and_bumps_the_version()
    {
        var (_, municipality) = await Given.Territory();
        var organization = await Given.Organization(municipality.Id);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/organizations/{organization.Id}")
        {
            Content = JsonContent(new { municipalityId = municipality.Id, name = "МАОУ «Гимназия № 3»", kind = "GeneralEducationSchool", isHardToReach = true, website = "https://school3.example.ru" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var updated = await ReadAsync<OrganizationDto>(response);
        updated.Name.Should().Be("МАОУ «Гимназия № 3»");
        updated.IsHardToReach.Should().BeTrue();
        updated.Website.Should().Be("https://school3.example.ru");
        updated.Version.Should().Be(2);
    }

    [Test]
    public async Task An_update_with_a_stale_etag_answers_412_and_changes_nothing()
    {
        var region = await Given.Region();
        var first = await PutAsync($"{Api}/regions/{region.Id}", new { code = "38", name = "Иркутская обл." });
        first.StatusCode.Should().Be(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Api}/regions/{region.Id}")
        {
            Content = JsonContent(new { code = "38", name = "Перезапись" }),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await Client.SendAsync(stale);

        await ProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var current = await ReadAsync<RegionDto>(await Client.GetAsync($"{Api}/regions/{region.Id}"));
        current.Name.Should().Be("Иркутская обл.");
        current.Version.Should().Be(2);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
}
