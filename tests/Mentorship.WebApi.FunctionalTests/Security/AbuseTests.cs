using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>
/// OWASP items: failed credentials are rate-limited, forwarded addresses are trusted only from configured proxies,
/// security headers are sent, and Production does not start with public secrets.
/// </summary>
public sealed partial class AbuseTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Wrong_api_keys_and_tokens_count_against_the_client_address_until_429()
    {
        await using var limited = Limited();
        using var client = limited.CreateContractClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var credential in new[] { ("X-Api-Key", "msk_guessed0001.secret"), ("Authorization", "Bearer not-a-token"), ("X-Api-Key", "msk_guessed0002.secret") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/organizations");
            request.Headers.TryAddWithoutValidation(credential.Item1, credential.Item2);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task An_address_that_used_up_its_failed_credentials_is_refused_before_its_next_key_is_checked()
    {
        var school = await Given.School();
        var valid = await Given.ApiKey(school);
        await using var limited = Limited(("RateLimiting:FailedCredentials:PermitLimit", "2"), ("RateLimiting:Anonymous:PermitLimit", "100"));
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var key in new[] { "msk_guessed0001.secret", "msk_guessed0002.secret", valid.Key })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/organizations/{school}");
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        // The valid key would pass authentication and its own per-caller limit: only a limiter in front of
        // authentication, counting the address's failures, refuses it.
        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        using var anonymous = await client.GetAsync($"{Api}/public/programmes");
        anonymous.StatusCode.Should().Be(HttpStatusCode.OK, "requests without credentials are limited by their own, separate count");
    }

    [Test]
    public async Task X_forwarded_for_from_a_caller_that_is_not_a_configured_proxy_does_not_choose_its_partition()
    {
        await using var direct = Limited();
        await using var behindProxy = Limited(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));

        (await AnonymousFromLoopbackAsync(direct)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        (await AnonymousFromLoopbackAsync(behindProxy)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK);
    }

    [Test]
    public async Task Responses_carry_security_headers_and_hsts_over_https()
    {
        // Not on localhost: browsers, and the middleware, never pin HSTS to it.
        using var https = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mentor-api.example.ru") });

        var response = await https.GetAsync("/health/live");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        response.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=31536000");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'");
        csp.Should().NotContain("unsafe-eval");
    }

    [Test]
    public async Task Swagger_ui_loads_only_what_its_content_security_policy_allows()
    {
        var page = await Client.GetAsync("/swagger/index.html");
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'").And.Contain("style-src 'self' 'unsafe-inline'");

        // script-src 'self' without 'unsafe-inline': every script must come from this origin, none may be inline.
        var scripts = Script().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        scripts.Should().NotBeEmpty().And.OnlyContain(src => src.Length > 0 && !src.Contains("//", StringComparison.Ordinal), html);
        foreach (var src in scripts)
        {
            (await Client.GetAsync($"/swagger/{src.TrimStart('.', '/')}")).StatusCode.Should().Be(HttpStatusCode.OK, src);
        }
    }

    [Test]
    public async Task Production_refuses_to_start_without_a_pseudonym_key()
    {
        var failure = await StartInProductionAsync(("Exports:PseudonymKey", ""));

        failure.Should().NotBeNull().And.Contain("Exports:PseudonymKey");
    }

    [Test]
    public async Task Production_refuses_to_start_without_a_token_authority_or_signing_key()
    {
        var failure = await StartInProductionAsync(("Authentication:Jwt:SigningKey", ""));

        failure.Should().NotBeNull().And.Contain("Authentication:Jwt:Authority");
    }

    [Test]
    public async Task Production_starts_with_both_secrets_configured()
    {
        var failure = await StartInProductionAsync();

        failure.Should().BeNull();
    }

    /// <summary>Boots the host in Production with the given settings; returns why it did not start, or null.</summary>
    private static async Task<string?> StartInProductionAsync(params (string Key, string Value)[] settings)
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite)!;
        try
        {
            await using var factory = new MentorshipFactory(database).WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("Hangfire:Server:Enabled", "false");
                foreach (var (key, value) in settings)
                {
                    builder.UseSetting(key, value);
                }
            });
            try
            {
                using var client = factory.CreateContractClient();
                (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
                return null;
            }
            catch (Exception ex) when (ex is Microsoft.Extensions.Options.OptionsValidationException or AggregateException)
            {
                return ex.ToString();
            }
        }
        finally
        {
            database.Delete();
        }
    }

    private WebApplicationFactory<Program> Limited(params (string Key, string Value)[] settings) => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("RateLimiting:Anonymous:PermitLimit", "2");
        builder.UseSetting("RateLimiting:WindowSeconds", "3600");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackConnection>());
    });

    /// <summary>Three anonymous requests from 127.0.0.1, each claiming another client with X-Forwarded-For.</summary>
    private static async Task<List<HttpStatusCode>> AnonymousFromLoopbackAsync(WebApplicationFactory<Program> factory)
    {
        using var client = factory.CreateContractClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/public/programmes");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        return statuses;
    }

    [GeneratedRegex("<script[^>]*\\bsrc=[\"'](?<src>[^\"']*)[\"'][^>]*>|<script(?![^>]*\\bsrc=)[^>]*>(?<src>)", RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    /// <summary>The test server has no socket: requests arrive as from loopback, as a local proxy's or a local attacker's would.</summary>
    private sealed class LoopbackConnection : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
