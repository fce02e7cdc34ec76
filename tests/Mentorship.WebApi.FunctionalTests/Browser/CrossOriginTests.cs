using System.Net;
using Mentorship.Application.Common.Security;

namespace Mentorship.WebApi.FunctionalTests.Browser;

/// <summary>
/// A single-page frontend on another origin calls the API from Chromium: configured origins (Cors:FrontendOrigins) get
/// through the preflight with a bearer token and read the exposed ETag and Location; other origins are refused.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class CrossOriginTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_configured_frontend_calls_the_api_with_a_token_from_a_browser_and_another_origin_is_refused()
    {
        ClientPackage.RequireChromium();
        var build = ClientPackage.BuildAsync();
        var region = await Given.Region();
        var (allowedPort, refusedPort) = (ClientPackage.FreePort(), ClientPackage.FreePort());
        var settings = ApiProcessSettings.On(Factory.Database);
        settings["Cors:FrontendOrigins:0"] = $"http://127.0.0.1:{allowedPort}";
        settings["Cors:FrontendOrigins:1"] = "https://mentor.example.ru";
        await using var api = await ApiProcess.StartAsync(settings);
        await build;

        await ClientPackage.ExpectPassesInChromiumAsync("cors", new Dictionary<string, string>
        {
            ["MENTORSHIP_API_URL"] = api.Client.BaseAddress!.ToString().TrimEnd('/'),
            ["MENTORSHIP_TOKEN"] = TestTokens.Issue(Roles.Administrator, now: DateTimeOffset.UtcNow),
            ["MENTORSHIP_RESOURCE_PATH"] = $"{Api}/regions/{region.Id}",
            ["MENTORSHIP_ALLOWED_PORT"] = allowedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MENTORSHIP_REFUSED_PORT"] = refusedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Test]
    public async Task A_preflight_names_the_allowed_request_headers_and_the_response_headers_a_frontend_may_read()
    {
        var settings = ApiProcessSettings.On(Factory.Database);
        settings["Cors:FrontendOrigins:0"] = "https://mentor.example.ru";
        await using var api = await ApiProcess.StartAsync(settings);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{Api}/programmes");
        preflight.Headers.Add("Origin", "https://mentor.example.ru");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,accept-language");
        var answer = await api.Client.SendAsync(preflight);

        answer.StatusCode.Should().Be(HttpStatusCode.NoContent);
        answer.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://mentor.example.ru");
        answer.Headers.GetValues("Access-Control-Allow-Methods").Should().ContainSingle().Which.Should().Contain("PUT");
        answer.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(',').Should()
            .Contain(["Authorization", "Content-Type", "If-Match", "Idempotency-Key", "Accept-Language"]);
        answer.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse("the API takes tokens, not cookies");

        using var call = new HttpRequestMessage(HttpMethod.Get, $"{Api}/regions");
        call.Headers.Add("Origin", "https://mentor.example.ru");
        call.Headers.Authorization = new("Bearer", TestTokens.Issue(Roles.Administrator, now: DateTimeOffset.UtcNow));
        var response = await api.Client.SendAsync(call);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Split(',').Should()
            .Contain(["ETag", "Location", "Retry-After", "Idempotent-Replayed", "Content-Disposition"]);

        using var stranger = new HttpRequestMessage(HttpMethod.Options, $"{Api}/programmes");
        stranger.Headers.Add("Origin", "https://elsewhere.example.com");
        stranger.Headers.Add("Access-Control-Request-Method", "GET");
        stranger.Headers.Add("Access-Control-Request-Headers", "authorization");
        (await api.Client.SendAsync(stranger)).Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }
}
