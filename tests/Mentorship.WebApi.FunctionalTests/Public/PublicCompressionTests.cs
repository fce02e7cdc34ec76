using System.Net;
using System.Net.Http.Headers;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Public;

/// <summary>
/// Public answers in the coding the caller accepts (Brotli or gzip), compressed once on the way into the server's
/// cache: each coding is its own representation, with its own cache entry and ETag, and decodes to the same JSON.
/// </summary>
public sealed class PublicCompressionTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string Programmes = $"{PublicApi}/programmes";

    [Test]
    public async Task A_page_in_brotli_or_gzip_decodes_to_the_same_json_under_its_own_etag()
    {
        await FiveProgrammesAsync();
        var plain = await GetAsync(Programmes, null);
        var json = await plain.Content.ReadAsByteArrayAsync();
        json.Length.Should().BeGreaterThanOrEqualTo(PublicContentCoding.MinimumLength, "the page is long enough to be compressed");
        plain.Content.Headers.ContentEncoding.Should().BeEmpty();

        var brotli = await GetAsync(Programmes, "gzip, deflate, br, zstd");
        var gzip = await GetAsync(Programmes, "gzip");

        brotli.Content.Headers.ContentEncoding.Should().Equal("br");
        gzip.Content.Headers.ContentEncoding.Should().Equal("gzip");
        var brotliBytes = await brotli.Content.ReadAsByteArrayAsync();
        brotliBytes.Length.Should().BeLessThan(json.Length / 2);
        brotli.Content.Headers.ContentLength.Should().Be(brotliBytes.Length);
        Decode(brotliBytes, "br").Should().Equal(json);
        Decode(await gzip.Content.ReadAsByteArrayAsync(), "gzip").Should().Equal(json);

        var tag = plain.Headers.ETag!.Tag.Trim('"');
        brotli.Headers.ETag!.Tag.Should().Be($"\"{tag}-br\"");
        gzip.Headers.ETag!.Tag.Should().Be($"\"{tag}-gzip\"");
        brotli.Headers.ETag.IsWeak.Should().BeFalse("a strong tag names one representation, bytes and coding");
        foreach (var response in new[] { plain, brotli, gzip })
        {
            response.Headers.Vary.Should().Contain(["Accept-Encoding", "Accept-Language"]);
        }
    }

    [TestCase("br", "br")]
    [TestCase("gzip, deflate, br, zstd", "br")]
    [TestCase("gzip;q=1, br;q=0.5", "gzip")]
    [TestCase("br;q=0, gzip", "gzip")]
    [TestCase("BR", "br")]
    [TestCase("*", "br")]
    [TestCase("*;q=0.5, br;q=0", "gzip")]
    [TestCase("deflate, zstd", null)]
    [TestCase("identity", null)]
    [TestCase("identity;q=1, br;q=0.5", null)]
    [TestCase("br;q=0, gzip;q=0", null)]
    [TestCase("br;q=abc", null)]
    [TestCase(";;;,,", null)]
    public async Task The_coding_is_the_one_the_caller_rates_highest(string acceptEncoding, string? expected)
    {
        await FiveProgrammesAsync();

        var response = await GetAsync(Programmes, acceptEncoding);

        response.Content.Headers.ContentEncoding.Should().Equal(expected is null ? [] : [expected]);
        var json = Decode(await response.Content.ReadAsByteArrayAsync(), expected);
        System.Text.Encoding.UTF8.GetString(json).Should().Contain("\"totalCount\":5");
    }

    [Test]
    public async Task Each_coding_is_a_cache_entry_of_its_own_and_spellings_of_one_preference_share_it()
    {
        await FiveProgrammesAsync();
        var brotli = await GetAsync(Programmes, "br");
        brotli.Headers.Age.Should().BeNull();

        var plain = await GetAsync(Programmes, null);
        var sameBrotli = await GetAsync(Programmes, "gzip, deflate, br");
        var gzip = await GetAsync(Programmes, "gzip");

        plain.Headers.Age.Should().BeNull("a caller that accepts no coding is never sent the stored Brotli");
        plain.Content.Headers.ContentEncoding.Should().BeEmpty();
        sameBrotli.Headers.Age.Should().NotBeNull("\"gzip, deflate, br\" is answered in Brotli too, from the same entry");
        sameBrotli.Content.Headers.ContentEncoding.Should().Equal("br");
        (await sameBrotli.Content.ReadAsByteArrayAsync()).Should().Equal(await brotli.Content.ReadAsByteArrayAsync());
        gzip.Headers.Age.Should().BeNull();
        gzip.Content.Headers.ContentEncoding.Should().Equal("gzip");
    }

    [Test]
    public async Task A_compressed_answer_is_not_modified_to_its_own_etag_only()
    {
        await FiveProgrammesAsync();
        var brotli = await GetAsync(Programmes, "br");
        var plain = await GetAsync(Programmes, null);

        // Both from the cache now, and both the first answer's (a miss) and a hit's 304 are checked.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            (await GetAsync(Programmes, "br", brotli.Headers.ETag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
            (await GetAsync(Programmes, null, plain.Headers.ETag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
            (await GetAsync(Programmes, "br", plain.Headers.ETag)).StatusCode.Should().Be(HttpStatusCode.OK, "the uncompressed tag names another representation");
            (await GetAsync(Programmes, null, brotli.Headers.ETag)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task An_unpublished_programme_leaves_the_cached_compressed_pages_at_once()
    {
        var school = await FiveProgrammesAsync();
        var extra = await Given.PublicProgramme(school, "Театральная студия");
        foreach (var coding in new[] { "br", "gzip" })
        {
            (await TitlesAsync(coding)).Should().Contain("Театральная студия");
            (await GetAsync(Programmes, coding)).Headers.Age.Should().NotBeNull($"the {coding} page is cached");
        }

        var unpublished = await PostAsync($"{Api}/programmes/{extra}/unpublish", new { });

        unpublished.StatusCode.Should().Be(HttpStatusCode.OK, await unpublished.Content.ReadAsStringAsync());
        (await TitlesAsync("br")).Should().NotContain("Театральная студия");
        (await TitlesAsync("gzip")).Should().NotContain("Театральная студия");
    }

    [Test]
    public async Task A_short_answer_is_sent_uncompressed_and_still_varies_by_the_coding()
    {
        await FiveProgrammesAsync();

        var empty = await GetAsync($"{Programmes}?search=%D1%8F%D1%85%D1%82%D0%B0", "br");

        (await empty.Content.ReadAsStringAsync()).Should().Contain("\"totalCount\":0");
        empty.Content.Headers.ContentEncoding.Should().BeEmpty();
        empty.Headers.ETag!.Tag.Should().NotContain("-br");
        empty.Headers.Vary.Should().Contain("Accept-Encoding");
    }

    private async Task<Guid> FiveProgrammesAsync()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "Гимназия «Радуга»");
        foreach (var title in new[] { "Шахматный клуб", "Цифровой старт", "Профориентация", "Школа лидера", "Читаем вместе" })
        {
            await Given.PublicProgramme(school.Id, title);
        }

        return school.Id;
    }

    private async Task<string[]> TitlesAsync(string coding)
    {
        var response = await GetAsync(Programmes, coding);
        var json = Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()!)];
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding).Should().BeTrue();
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        var response = await Anonymous.SendAsync(request);
        if (ifNoneMatch is null)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        return response;
    }

    private static byte[] Decode(byte[] body, string? coding) =>
        ContentCodings.Decode(body, coding) ?? throw new ArgumentOutOfRangeException(nameof(coding), coding, "not a coding the server sends");
}
