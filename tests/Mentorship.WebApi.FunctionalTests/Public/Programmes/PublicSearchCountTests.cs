using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.WebApi.FunctionalTests.Public.Programmes;

/// <summary>
/// The public search counts its matches only up to a limit (<c>Public:SearchCountLimit</c>) and one past the page
/// asked for: a broad search says "at least so many" instead of counting them all, and paging stays right.
/// </summary>
public sealed class PublicSearchCountTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_search_matching_fewer_than_the_limit_is_counted_exactly()
    {
        await SchoolWithProgrammesAsync(4);

        var page = await Anonymous.GetPublicAsync<PublicProgrammePage>("/programmes?search=наставничества&pageSize=3&page=2");

        page.Items.Select(p => p.Title).Should().Equal("Наставничество 04");
        page.TotalCount.Should().Be(4);
        page.TotalCountExact.Should().BeTrue();
        page.HasNextPage.Should().BeFalse();
    }

    [Test]
    public async Task A_search_matching_more_than_the_limit_gives_a_lower_bound_and_pages_to_the_end()
    {
        await SchoolWithProgrammesAsync(12);
        await using var limited = Factory.WithWebHostBuilder(builder => builder.UseSetting("Public:SearchCountLimit", "5"));
        using var client = limited.CreateContractClient();

        var first = await client.GetPublicAsync<PublicProgrammePage>("/programmes?search=наставничества&pageSize=3");
        first.Items.Select(p => p.Title).Should().Equal("Наставничество 01", "Наставничество 02", "Наставничество 03");
        first.Should().BeEquivalentTo(new { TotalCount = 5, TotalCountExact = false, HasNextPage = true }, o => o.ExcludingMissingMembers());

        // Past the limit the count reaches one item beyond the page, so a next page is still known to exist.
        var third = await client.GetPublicAsync<PublicProgrammePage>("/programmes?search=наставничества&pageSize=3&page=3");
        third.Items.Select(p => p.Title).Should().Equal("Наставничество 07", "Наставничество 08", "Наставничество 09");
        third.Should().BeEquivalentTo(new { TotalCount = 10, TotalCountExact = false, HasNextPage = true }, o => o.ExcludingMissingMembers());

        var last = await client.GetPublicAsync<PublicProgrammePage>("/programmes?search=наставничества&pageSize=3&page=4");
        last.Items.Select(p => p.Title).Should().Equal("Наставничество 10", "Наставничество 11", "Наставничество 12");
        last.Should().BeEquivalentTo(new { TotalCount = 12, TotalCountExact = true, HasNextPage = false }, o => o.ExcludingMissingMembers());

        var beyond = await client.GetPublicAsync<PublicProgrammePage>("/programmes?search=наставничества&pageSize=3&page=6");
        beyond.Items.Should().BeEmpty();
        beyond.Should().BeEquivalentTo(new { TotalCount = 12, TotalCountExact = true }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public async Task Pages_of_the_newest_first_follow_one_order_without_gaps_or_repeats()
    {
        await SchoolWithProgrammesAsync(7, publishedOneHourApart: true);

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange((await Anonymous.GetPublicAsync<PublicProgrammePage>($"/programmes?search=наставничества&sort=Newest&pageSize=3&page={page}")).Items.Select(p => p.Title));
        }

        pages.Should().Equal(Enumerable.Range(1, 7).Reverse().Select(i => $"Наставничество {i:D2}"));
    }

    private async Task SchoolWithProgrammesAsync(int count, bool publishedOneHourApart = false)
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        await Given.PublicProgramme(school.Id, "Шахматный клуб");
        for (var i = 1; i <= count; i++)
        {
            if (publishedOneHourApart)
            {
                Factory.Clock.Advance(TimeSpan.FromHours(1));
            }

            await Given.PublicProgramme(school.Id, $"Наставничество {i:D2}");
        }
    }
}
