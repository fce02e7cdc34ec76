using System.Net;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;

namespace Mentorship.WebApi.FunctionalTests.Territory;

/// <summary>A region's time zone (IANA id), in which exports show local times.</summary>
public sealed class RegionTimeZoneTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_region_created_without_a_zone_is_in_moscow_time_and_can_move_to_irkutsk()
    {
        var region = await Given.Region();
        region.TimeZone.Should().Be("Europe/Moscow");

        var updated = await OkAsync<RegionDto>(await PutAsync($"{Api}/regions/{region.Id}", new { code = "38", name = region.Name, timeZone = "Asia/Irkutsk" }));
        updated.TimeZone.Should().Be("Asia/Irkutsk");
        (await OkAsync<RegionDto>(await Client.GetAsync($"{Api}/regions/{region.Id}"))).TimeZone.Should().Be("Asia/Irkutsk");

        var unchanged = await OkAsync<RegionDto>(await PutAsync($"{Api}/regions/{region.Id}", new { code = "38", name = "Иркутская обл." }));
        unchanged.TimeZone.Should().Be("Asia/Irkutsk", "an update that names no zone keeps the region's");
    }

    [TestCase("Mars/Olympus_Mons")]
    [TestCase("UTC+8")]
    [TestCase("")]
    public async Task An_unknown_time_zone_is_refused_with_the_field_and_its_code(string zone)
    {
        var created = await ProblemAsync(await PostAsync($"{Api}/regions", new { code = "38", name = "Иркутская область", timeZone = zone }), HttpStatusCode.BadRequest);
        created.ErrorCodes.Should().ContainKey("timeZone").WhoseValue.Should().Equal("region.unknown_time_zone");

        var region = await Given.Region();
        var updated = await ProblemAsync(await PutAsync($"{Api}/regions/{region.Id}", new { code = "38", name = region.Name, timeZone = zone }), HttpStatusCode.BadRequest);
        updated.ErrorCodes.Should().ContainKey("timeZone").WhoseValue.Should().Equal("region.unknown_time_zone");
        (await OkAsync<RegionDto>(await Client.GetAsync($"{Api}/regions/{region.Id}"))).TimeZone.Should().Be("Europe/Moscow");
    }
}
