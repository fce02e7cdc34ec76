using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The one way the functional tests set up data, in the words of the use cases: <c>Given.Organization(…)</c>,
/// <c>Given.ProgrammeAtStage5(…)</c>. A builder goes through the API as the test's current caller wherever a use case
/// exists; what no use case writes (history, a year of monitoring figures, a seeded person) goes through
/// <see cref="Rows"/>, the only door into the database. One instance per test, so generated names restart with
/// the empty database.
/// </summary>
public sealed partial class Given(HttpClient client, MentorshipFactory factory)
{
    private const string Api = "/api/v1";

    private int _sequence;

    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    private int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>Rows straight into the database, saved together.</summary>
    public async Task Rows(Func<ApplicationDbContext, Task> add)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await add(db);
        await db.SaveChangesAsync();
    }

    public Task Rows(Action<ApplicationDbContext> add) => Rows(db =>
    {
        add(db);
        return Task.CompletedTask;
    });

    private async Task<T> CreatedAsync<T>(string url, object body) =>
        await HttpResults.OkAsync<T>(await client.PostAsJsonAsync(url, body, HttpResults.Json), HttpStatusCode.Created);

    private static async Task<T> OkAsync<T>(Task<HttpResponseMessage> request) => await HttpResults.OkAsync<T>(await request);

    private Task<HttpResponseMessage> PostAsync(string url, object body) => client.PostAsJsonAsync(url, body, HttpResults.Json);

    private Task<HttpResponseMessage> PutAsync(string url, object body) => client.PutAsJsonAsync(url, body, HttpResults.Json);
}
