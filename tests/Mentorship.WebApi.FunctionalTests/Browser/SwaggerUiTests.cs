using Mentorship.Application.Common.Security;

namespace Mentorship.WebApi.FunctionalTests.Browser;

/// <summary>Swagger UI in a browser keeps the token given to "Authorize" across a reload (persistAuthorization).</summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class SwaggerUiTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Swagger_ui_keeps_the_authorisation_across_a_reload()
    {
        ClientPackage.RequireChromium();
        var build = ClientPackage.BuildAsync();
        await using var api = await ApiProcess.StartAsync(ApiProcessSettings.On(Factory.Database));
        await build;

        await ClientPackage.ExpectPassesInChromiumAsync("swagger", new Dictionary<string, string>
        {
            ["MENTORSHIP_API_URL"] = api.Client.BaseAddress!.ToString().TrimEnd('/'),
            ["MENTORSHIP_TOKEN"] = TestTokens.Issue(Roles.Administrator, now: DateTimeOffset.UtcNow),
        });
    }
}
