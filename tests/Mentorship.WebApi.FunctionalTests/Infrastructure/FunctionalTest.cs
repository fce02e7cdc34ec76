using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Application.Common.Security;
using Mentorship.Infrastructure.Jobs;
using Mentorship.Infrastructure.Search;
using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The one base of the functional tests. A test class runs once per database (<see cref="DatabasesAttribute"/>),
/// on that database's one application (<see cref="TestApplication"/>); every test starts from empty tables and the
/// same clock, as an administrator. Data is set up through <see cref="Given"/>; the test then acts as a role over HTTP.
/// </summary>
[Databases(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
public abstract class FunctionalTest(DatabaseProvider provider)
{
    protected const string Api = "/api/v1";

    protected const string PublicApi = ClientRequests.PublicApi;

    /// <summary>A person's name that is in the data (a programme's curator) and must never reach a public response.</summary>
    protected const string CuratorName = Given.CuratorName;

    private HttpClient? _anonymous;

    protected static JsonSerializerOptions Json => HttpResults.Json;

    protected DatabaseProvider Provider { get; } = provider;

    protected MentorshipFactory Factory { get; private set; } = null!;

    /// <summary>The caller of the test; <c>As…</c> changes who it is.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>A client without any token, as an anonymous browser reads the public resource.</summary>
    protected HttpClient Anonymous => _anonymous ??= Factory.CreateContractClient();

    /// <summary>Sets up data through the API as the current caller, or rows the API has no use case for.</summary>
    protected Given Given { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApplication() => Factory = TestApplication.For(Provider);

    [SetUp]
    public async Task ResetDatabase()
    {
        TestApplication.UseHangfireGlobalsOf(Factory);
        Factory.ResetClock();
        Client = Factory.CreateContractClient();
        Given = new Given(Client, Factory);
        AsAdministrator();
        await Factory.Database.ResetAsync();

        // The rows went without a save to evict the server's cache of public responses, so it is emptied here.
        await Factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCacheEviction.Tag, CancellationToken.None);
    }

    [TearDown]
    public void DisposeClients()
    {
        Client.Dispose();
        _anonymous?.Dispose();
        _anonymous = null;
    }

    /// <summary>Every response the test received is one the contract declares (<see cref="ContractValidatingHandler"/>).</summary>
    [TearDown]
    public void ResponsesMatchedTheContract()
    {
        var violations = ContractViolations.TakeForCurrentTest();
        if (violations.Count > 0)
        {
            Assert.Fail($"{violations.Count} response(s) outside api-spec/openapi.json:\n{string.Join("\n", violations)}");
        }
    }

    protected void AsAnonymous()
    {
        Client.DefaultRequestHeaders.Authorization = null;
        Client.DefaultRequestHeaders.Remove(ApiKeyAuthenticationHandler.HeaderName);
    }

    protected void UseToken(string token)
    {
        AsAnonymous();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>A school information system calling with its API key.</summary>
    protected void AsApiClient(string key)
    {
        AsAnonymous();
        Client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
    }

    protected void As(string role, params (string Type, string Value)[] scope) => UseToken(TestTokens.Issue(role, scope, Factory.Clock.GetUtcNow()));

    protected void AsAdministrator() => As(Roles.Administrator);

    protected void AsRegionalCoordinator(Guid regionId) => As(Roles.RegionalCoordinator, (MentorshipClaims.RegionId, regionId.ToString()));

    protected void AsAnalyst(Guid regionId) => As(Roles.Analyst, (MentorshipClaims.RegionId, regionId.ToString()));

    protected void AsMunicipalCoordinator(Guid municipalityId) => As(Roles.MunicipalCoordinator, (MentorshipClaims.MunicipalityId, municipalityId.ToString()));

    protected void AsOrganizationAdministrator(Guid organizationId) => As(Roles.OrganizationAdministrator, (MentorshipClaims.OrganizationId, organizationId.ToString()));

    protected void AsCurator(Guid organizationId) => As(Roles.Curator, (MentorshipClaims.OrganizationId, organizationId.ToString()));

    protected void AsMentor(Guid personId) => As(Roles.Mentor, (MentorshipClaims.PersonId, personId.ToString()));

    protected void AsMentee(Guid personId) => As(Roles.Mentee, (MentorshipClaims.PersonId, personId.ToString()));

    protected static Task<T> ReadAsync<T>(HttpResponseMessage response) => HttpResults.ReadAsync<T>(response);

    protected static Task<T> OkAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => HttpResults.OkAsync<T>(response, expected);

    /// <summary>Sends a request as the current caller, asking for English (Accept-Language: en).</summary>
    protected async Task<HttpResponseMessage> SendInEnglishAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return await Client.SendAsync(request);
    }

    protected static Task<Problem> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected) => HttpResults.ProblemAsync(response, expected);

    protected Task<HttpResponseMessage> PostAsync(string url, object body) => Client.PostAsJsonAsync(url, body, Json);

    protected Task<HttpResponseMessage> PutAsync(string url, object body) => Client.PutAsJsonAsync(url, body, Json);

    /// <summary>Reads what the database holds, for what no response shows (hashes, row counts).</summary>
    protected async Task<T> QueryAsync<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    protected string TableOf<TEntity>() => Factory.TableOf<TEntity>();

    protected Task<int> CountAsync<TEntity>()
        where TEntity : class => QueryAsync(db => Task.FromResult(db.Set<TEntity>().Count()));

    /// <summary>Runs a monitoring job outside any request, as Hangfire runs it: as the system.</summary>
    protected async Task RunJobAsync(Func<MonitoringJobs, Task> job)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await job(scope.ServiceProvider.GetRequiredService<MonitoringJobs>());
    }
}
