using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

namespace Mentorship.WebApi.FunctionalTests.Public;

/// <summary>
/// The server's cache of public responses forgets a search the moment something it shows changes: each test first
/// proves that the answer comes from the cache (an Age header on a repeated request), then changes the data through
/// the API and reads the same address again.
/// </summary>
public sealed class PublicCacheEvictionTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_renamed_organisation_shows_its_new_name_in_a_cached_search_at_once()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "Гимназия «Радуга»");
        await Given.PublicProgramme(school.Id, "Шахматный клуб");
        const string search = "/programmes?search=%D1%88%D0%B0%D1%85%D0%BC%D0%B0%D1%82%D1%8B";
        (await ProgrammesAsync(search)).Should().Equal(("Шахматный клуб", "Гимназия «Радуга»"));
        await ShouldBeCachedAsync(search);

        var renamed = await PutAsync($"{Api}/organizations/{school.Id}", new { municipalityId = municipality.Id, name = "Гимназия «Полярная звезда»", kind = "GeneralEducationSchool" });

        renamed.StatusCode.Should().Be(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        (await ProgrammesAsync(search)).Should().Equal(("Шахматный клуб", "Гимназия «Полярная звезда»"));
    }

    [Test]
    public async Task A_practice_published_and_unpublished_shows_in_the_cached_practices_and_leaves_them_at_once()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        var tournament = await Given.SuccessCase(programme, "Турнир наставников", published: false);
        await Given.SuccessCase(programme, "Сеанс одновременной игры");
        (await PracticesAsync()).Should().Equal("Сеанс одновременной игры");
        await ShouldBeCachedAsync("/practices");

        var published = await Client.PostAsync($"{Api}/programmes/{programme}/cases/{tournament}/publish", null);

        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        (await PracticesAsync()).Should().BeEquivalentTo("Турнир наставников", "Сеанс одновременной игры");
        await ShouldBeCachedAsync("/practices");

        var unpublished = await Client.PostAsync($"{Api}/programmes/{programme}/cases/{tournament}/unpublish", null);

        unpublished.StatusCode.Should().Be(HttpStatusCode.OK, await unpublished.Content.ReadAsStringAsync());
        (await PracticesAsync()).Should().Equal("Сеанс одновременной игры");
    }

    [Test]
    public async Task An_unpublished_programme_takes_its_practices_out_of_the_cached_practices_at_once()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var chess = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        var theatre = await Given.PublicProgramme(school.Id, "Театральная студия");
        await Given.SuccessCase(chess, "Турнир наставников");
        await Given.SuccessCase(theatre, "Спектакль пар");
        (await PracticesAsync()).Should().BeEquivalentTo("Турнир наставников", "Спектакль пар");
        await ShouldBeCachedAsync("/practices");

        var unpublished = await PostAsync($"{Api}/programmes/{chess}/unpublish", new { });

        unpublished.StatusCode.Should().Be(HttpStatusCode.OK, await unpublished.Content.ReadAsStringAsync());
        (await PracticesAsync()).Should().Equal("Спектакль пар");
    }

    /// <summary>The same address again is answered from the server's cache: it says how long it has held it (Age).</summary>
    private async Task ShouldBeCachedAsync(string path)
    {
        using var repeated = await Anonymous.GetAsync(PublicApi + path);
        repeated.StatusCode.Should().Be(HttpStatusCode.OK);
        repeated.Headers.Age.Should().NotBeNull($"a repeated {path} is answered from the server's cache");
    }

    private async Task<IReadOnlyList<(string Title, string Organization)>> ProgrammesAsync(string path) =>
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>(path)).Items.Select(p => (p.Title, p.OrganizationName)).ToList();

    private async Task<IReadOnlyList<string>> PracticesAsync() =>
        (await Anonymous.GetPublicAsync<PagedList<PublicPracticeDto>>("/practices")).Items.Select(p => p.Title).ToList();
}
