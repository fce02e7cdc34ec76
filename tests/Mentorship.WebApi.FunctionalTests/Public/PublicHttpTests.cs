using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Public;

/// <summary>The HTTP side of the open information resource: caching, CORS for the frontends, rate limiting.</summary>
public sealed class PublicHttpTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly string[] PublicPaths = ["/programmes", "/organizations", "/partners", "/practices", "/indicators"];

    [Test]
    public async Task Every_public_response_carries_an_etag_last_modified_and_cache_control()
    {
        var (region, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var employer = await Given.Organization(municipality.Id, "ООО «Работодатель»", "Employer");
        var programme = await Given.PublicProgramme(school.Id, "Программа", partners: [(employer.Id, null)]);
        await Given.SuccessCase(programme, "Кейс");
        await Given.IndicatorSnapshot(Domain.Monitoring.MonitoringLevel.Region, region.Id, 2024, Domain.Monitoring.Indicator.Mentors, 40);

        foreach (var path in PublicPaths.Append($"/programmes/{programme}"))
        {
            var response = await Anonymous.GetAsync(PublicApi + path);

            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            response.Headers.ETag.Should().NotBeNull(path);
            response.Headers.ETag!.IsWeak.Should().BeFalse(path);
            response.Content.Headers.LastModified.Should().Be(Factory.Clock.GetUtcNow(), path);
            response.Headers.CacheControl!.Public.Should().BeTrue(path);
            response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60), path);
            response.Headers.Vary.Should().Contain("Accept-Language", path);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", path);
        }
    }

    [Test]
    public async Task A_repeated_request_with_its_etag_answers_304_until_the_data_changes()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Программа");
        var first = await Anonymous.GetAsync($"{PublicApi}/programmes");
        var etag = first.Headers.ETag!;

        var repeated = await GetWithETagAsync($"{PublicApi}/programmes", etag);

        repeated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        repeated.Headers.ETag.Should().Be(etag);
        repeated.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        (await repeated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

        // Another representation (English titles) has another tag; so have changed data.
        var russian = (await Anonymous.GetAsync($"{PublicApi}/programmes/{programme}")).Headers.ETag;
        using var english = new HttpRequestMessage(HttpMethod.Get, $"{PublicApi}/programmes/{programme}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        (await Anonymous.SendAsync(english)).Headers.ETag.Should().NotBe(russian);
        await Given.PublicProgramme(school.Id, "Вторая программа");
        var changed = await GetWithETagAsync($"{PublicApi}/programmes", etag);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag.Should().NotBe(etag);
    }

    [Test]
    public async Task A_cors_preflight_from_an_allowed_origin_passes_and_from_another_is_refused()
    {
        var allowed = await PreflightAsync(MentorshipFactory.AllowedOrigin);

        allowed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(MentorshipFactory.AllowedOrigin);
        allowed.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("GET");
        allowed.Headers.GetValues("Access-Control-Allow-Headers").Single().Should().ContainEquivalentOf("if-none-match");
        allowed.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse("the public resource takes no credentials");

        var refused = await PreflightAsync("https://evil.example.com");

        refused.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
        refused.Headers.Contains("Access-Control-Allow-Methods").Should().BeFalse();

        using var get = new HttpRequestMessage(HttpMethod.Get, $"{PublicApi}/programmes");
        get.Headers.Add("Origin", MentorshipFactory.AllowedOrigin);
        var simple = await Anonymous.SendAsync(get);
        simple.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(MentorshipFactory.AllowedOrigin);
        simple.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().ContainEquivalentOf("ETag");
    }

    [Test]
    public async Task Anonymous_callers_are_limited_sooner_than_authenticated_ones_and_told_when_to_retry()
    {
        await using var limited = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimiting:Anonymous:PermitLimit", "2");
            builder.UseSetting("RateLimiting:Authenticated:PermitLimit", "4");
            builder.UseSetting("RateLimiting:WindowSeconds", "3600");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestUserStartupFilter>());
        });
        using var client = limited.CreateContractClient();

        var anonymous = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            anonymous.Add((await client.GetAsync($"{PublicApi}/programmes")).StatusCode);
        }

        var authenticated = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{PublicApi}/programmes");
            request.Headers.Add(TestUserStartupFilter.Header, "curator-1");
            authenticated.Add((await client.SendAsync(request)).StatusCode);
        }

        anonymous.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        authenticated.Should().AllBeEquivalentTo(HttpStatusCode.OK);

        var refused = await client.GetAsync($"{PublicApi}/programmes");
        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        problem.Status.Should().Be(429);
        refused.Headers.RetryAfter!.Delta.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
    }

    private async Task<HttpResponseMessage> GetWithETagAsync(string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await Anonymous.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, $"{PublicApi}/programmes?search=елочка");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        return await Anonymous.SendAsync(request);
    }

    /// <summary>Stands in for authentication (not part of this feature): a header names the signed-in user.</summary>
    private sealed class TestUserStartupFilter : IStartupFilter
    {
        public const string Header = "X-Test-User";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var user))
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.ToString())], "Test"));
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
