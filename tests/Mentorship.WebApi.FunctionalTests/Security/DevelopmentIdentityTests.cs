using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.WebApi.Endpoints;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Development_seeds_its_demo_data_into_an_empty_database_once_however_often_it_starts()
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite)!;
        try
        {
            for (var start = 1; start <= 2; start++)
            {
                await using var factory = new MentorshipFactory(database).WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
                using var client = factory.CreateClient();
                (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, $"start {start}");

                (await RegionCodesAsync(factory)).Should().Equal([DevelopmentUsers.RegionCode], $"start {start}");
            }
        }
        finally
        {
            database.Delete();
        }
    }

    [Test]
    public async Task Development_leaves_a_database_with_data_of_its_own_without_demo_data()
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite)!;
        try
        {
            await using (var migrated = new MentorshipFactory(database))
            {
                await using var scope = migrated.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                db.Regions.Add(new Region("77", "Москва"));
                await db.SaveChangesAsync();
            }

            await using var factory = new MentorshipFactory(database).WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
            using var client = factory.CreateClient();
            (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

            (await RegionCodesAsync(factory)).Should().Equal("77");
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

    private static async Task<List<string>> RegionCodesAsync(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Regions.IgnoreQueryFilters().Select(r => r.Code).ToListAsync();
    }
}
