using System.Net;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Browser;

/// <summary>
/// In Production the Hangfire dashboard opens in a browser for administrators through a real login: the bearer token
/// exchanged for a short-lived HttpOnly, SameSite=Strict session cookie scoped to /hangfire.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class HangfireDashboardLoginTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int SessionMinutes = 15;

    [Test]
    public async Task An_administrator_opens_the_dashboard_in_production_through_the_login_page_and_a_curator_cannot()
    {
        ClientPackage.RequireChromium();
        var build = ClientPackage.BuildAsync();
        var school = await Given.School();
        await using var api = await StartProductionAsync();
        await build;

        await ClientPackage.ExpectPassesInChromiumAsync("dashboard", new Dictionary<string, string>
        {
            ["MENTORSHIP_API_URL"] = api.Client.BaseAddress!.ToString().TrimEnd('/'),
            ["MENTORSHIP_ADMIN_TOKEN"] = TestTokens.Issue(Roles.Administrator, now: DateTimeOffset.UtcNow),
            ["MENTORSHIP_CURATOR_TOKEN"] = TestTokens.Issue(Roles.Curator, [(MentorshipClaims.OrganizationId, school.ToString())], DateTimeOffset.UtcNow),
            ["MENTORSHIP_SESSION_MINUTES"] = SessionMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Test]
    public async Task A_session_is_refused_to_a_non_administrator_with_its_code()
    {
        await using var api = await StartProductionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/dashboard/session");
        request.Headers.Authorization = new("Bearer", TestTokens.Issue(Roles.RegionalCoordinator, now: DateTimeOffset.UtcNow));

        var response = await api.Client.SendAsync(request);

        (await ProblemAsync(response, HttpStatusCode.Forbidden)).Code.Should().Be(ErrorCodes.Dashboard.AdministratorRequired);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Test]
    public async Task A_session_cookie_is_http_only_strict_and_scoped_to_the_dashboard()
    {
        await using var api = await StartProductionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/dashboard/session");
        request.Headers.Authorization = new("Bearer", TestTokens.Issue(Roles.Administrator, now: DateTimeOffset.UtcNow, lifetime: TimeSpan.FromMinutes(5)));

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var cookie = response.Headers.GetValues("Set-Cookie").Should().ContainSingle().Which;
        cookie.Should().StartWith($"{DashboardSession.CookieName}=").And.Contain("path=/hangfire").And.Contain("httponly").And.Contain("samesite=strict");
        var expires = DateTimeOffset.Parse(cookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.Ordinal)).Trim()["expires=".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
        expires.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromMinutes(1), "a session never outlives the token it was exchanged for");
    }

    [Test]
    public async Task Over_https_the_session_cookie_is_secure_and_the_dashboard_takes_it_until_it_expires()
    {
        using var https = Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        https.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(Roles.Administrator, now: Factory.Clock.GetUtcNow()));
        var response = await https.PostAsync($"{Api}/dashboard/session", null);
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        cookie.Should().Contain("secure");

        using var browser = Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        (await browser.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.OK);

        Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        (await browser.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a session lasts 30 minutes by default");
    }

    private Task<ApiProcess> StartProductionAsync()
    {
        var settings = ApiProcessSettings.On(Factory.Database, environment: "Production");
        settings["Hangfire:Dashboard:SessionMinutes"] = SessionMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiProcess.StartAsync(settings);
    }
}
