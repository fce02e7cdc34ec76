using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Application.Common.Security;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// Each functional test class runs once per database: <c>[TestFixture(DatabaseProvider.Sqlite)]</c> and
/// <c>[TestFixture(DatabaseProvider.PostgreSql)]</c>. The app is started once per provider and the data reset
/// before every test.
/// </summary>
public abstract class FunctionalTestBase(DatabaseProvider provider)
{
    private static readonly Dictionary<DatabaseProvider, MentorshipFactory> Factories = [];

    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    protected DatabaseProvider Provider { get; } = provider;

    protected MentorshipFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApplication()
    {
        if (!Factories.TryGetValue(Provider, out var factory))
        {
            var database = TestDatabase.Create(Provider);
            if (database is null)
            {
                Assert.Ignore($"{Provider} is not configured: set {TestDatabase.PostgresVariable} (.ci/run does) to run these tests on it.");
            }

            factory = new MentorshipFactory(database!);
            Factories[Provider] = factory;
        }

        Factory = factory;
    }

    [SetUp]
    public async Task ResetDatabase()
    {
        UseThisApplicationsHangfireGlobals();
        Factory.ResetClock();
        Client = Factory.CreateClient();
        AsAdministrator();
        await Factory.Database.ResetAsync();
    }

    /// <summary>
    /// Hangfire keeps its log provider and default storage in statics, set by the last host that configured it: a
    /// host that an earlier test started and disposed (another environment, a broken database) must not leave them
    /// pointing at its disposed services.
    /// </summary>
    private void UseThisApplicationsHangfireGlobals()
    {
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(Factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        Hangfire.JobStorage.Current = Factory.Services.GetRequiredService<Hangfire.JobStorage>();
    }

    protected void AsAnonymous() => Client.DefaultRequestHeaders.Authorization = null;

    protected void UseToken(string token) =>
        Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

    protected void As(string role, params (string Type, string Value)[] scope) => UseToken(TestTokens.Issue(role, scope, Factory.Clock.GetUtcNow()));

    protected void AsAdministrator() => As(Roles.Administrator);

    protected void AsRegionalCoordinator(Guid regionId) => As(Roles.RegionalCoordinator, (MentorshipClaims.RegionId, regionId.ToString()));

    protected void AsAnalyst(Guid regionId) => As(Roles.Analyst, (MentorshipClaims.RegionId, regionId.ToString()));

    protected void AsMunicipalCoordinator(Guid municipalityId) => As(Roles.MunicipalCoordinator, (MentorshipClaims.MunicipalityId, municipalityId.ToString()));

    protected void AsOrganizationAdministrator(Guid organizationId) => As(Roles.OrganizationAdministrator, (MentorshipClaims.OrganizationId, organizationId.ToString()));

    protected void AsCurator(Guid organizationId) => As(Roles.Curator, (MentorshipClaims.OrganizationId, organizationId.ToString()));

    protected void AsMentor(Guid personId) => As(Roles.Mentor, (MentorshipClaims.PersonId, personId.ToString()));

    protected void AsMentee(Guid personId) => As(Roles.Mentee, (MentorshipClaims.PersonId, personId.ToString()));

    [TearDown]
    public void DisposeClient() => Client.Dispose();

    public static async Task DisposeAllAsync()
    {
        foreach (var factory in Factories.Values)
        {
            await factory.DisposeAsync();
            factory.Database.Delete();
        }

        Factories.Clear();
    }

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new InvalidOperationException($"Empty body: {body}");
    }

    protected Task<HttpResponseMessage> PostAsync(string url, object body) => Client.PostAsJsonAsync(url, body, Json);

    protected Task<HttpResponseMessage> PutAsync(string url, object body) => Client.PutAsJsonAsync(url, body, Json);

    protected async Task<int> CountAsync<TEntity>()
        where TEntity : class
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return context.Set<TEntity>().Count();
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DependencyInjection.ConfigureJson(options);

        // The client reads leniently; the API is the one that refuses unknown fields.
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }
}
