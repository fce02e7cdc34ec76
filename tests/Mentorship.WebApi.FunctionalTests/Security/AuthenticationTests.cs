using System.Net;
using System.Text;
using Mentorship.Application.Common.Security;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Security;

public sealed class AuthenticationTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task No_token_is_401_with_problem_details()
    {
        AsAnonymous();

        var response = await Client.GetAsync($"{Api}/organizations");

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().NotBeEmpty();
    }

    [Test]
    public async Task An_expired_token_is_401()
    {
        UseToken(TestTokens.Issue(Roles.Administrator, now: Factory.Clock.GetUtcNow().AddHours(-3), lifetime: TimeSpan.FromHours(1)));

        await ProblemAsync(await Client.GetAsync($"{Api}/organizations"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var other = new JwtSettings { SigningKey = "some-other-signing-key-that-the-api-does-not-know-0123" };
        UseToken(TestTokens.Issue(Roles.Administrator, now: Factory.Clock.GetUtcNow(), settings: other));

        await ProblemAsync(await Client.GetAsync($"{Api}/organizations"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_unsigned_token_with_alg_none_is_401()
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = Factory.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var token = $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Part($"{{\"sub\":\"x\",\"role\":\"Administrator\",\"iss\":\"mentorship\",\"aud\":\"mentorship-api\",\"exp\":{expires}}}")}.";
        UseToken(token);

        await ProblemAsync(await Client.GetAsync($"{Api}/organizations"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_for_another_audience_is_401()
    {
        var other = new JwtSettings { SigningKey = TestTokens.SigningKey, Audience = "someone-else" };
        UseToken(TestTokens.Issue(Roles.Administrator, now: Factory.Clock.GetUtcNow(), settings: other));

        await ProblemAsync(await Client.GetAsync($"{Api}/organizations"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Reference_data_and_health_need_no_token()
    {
        AsAnonymous();

        (await Client.GetAsync($"{Api}/reference/forms")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_hangfire_dashboard_is_for_administrators_only_outside_development()
    {
        AsAnonymous();
        (await Client.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        AsCurator(Guid.NewGuid());
        (await Client.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        AsAdministrator();
        (await Client.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_wrong_role_is_403_and_writes_nothing()
    {
        var region = await Given.Region();
        AsRegionalCoordinator(region.Id);

        var response = await PostAsync($"{Api}/regions", new { code = "23", name = "Краснодарский край" });

        await ProblemAsync(response, HttpStatusCode.Forbidden);
        (await CountAsync<Domain.Territory.Region>()).Should().Be(1);
    }
}
