using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.WebApi.Endpoints;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>The local identity of Development: seeded users of each role get tokens that the API accepts; elsewhere it does not exist.</summary>
public sealed class DevelopmentIdentityTests
{
    [Test]
    public async Task In_development_every_seeded_user_gets_a_working_token()
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite)!;
        await using var factory = new MentorshipFactory(database).WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        try
        {
            using var client = factory.CreateClient();
            foreach (var (user, role) in DevelopmentIdentity.Users)
            {
                var response = await client.PostAsJsonAsync("/api/v1/dev/token", new { user });
                response.StatusCode.Should().Be(HttpStatusCode.OK, user);
                var token = await response.Content.ReadFromJsonAsync<DevelopmentIdentity.TokenResponse>(HttpResults.Json);
                token!.Role.Should().Be(role);

                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
                (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK, user);
            }

            (await client.PostAsJsonAsync("/api/v1/dev/token", new { user = "root" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await client.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.OK, "local requests may see the dashboard in Development");
            (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            database.Delete();
        }
    }

    [Test]
    public async Task Outside_development_there_is_no_token_endpoint()
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite)!;
        await using var factory = new MentorshipFactory(database);
        try
        {
            using var client = factory.CreateClient();
            (await client.PostAsJsonAsync("/api/v1/dev/token", new { user = "admin" })).StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized);
        }
        finally
        {
            database.Delete();
        }
    }
}
