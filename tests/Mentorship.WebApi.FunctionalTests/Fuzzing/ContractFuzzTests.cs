using System.Net.Http.Headers;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;
using Mentorship.WebApi.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>
/// Issue 12, item 3: the contract-driven fuzzer. Every operation of api-spec/openapi.json gets requests built from
/// its schemas against a seeded world, each changed by one mutation class drawn by a seeded random; no response may
/// be a 5xx, and no refused request (4xx) may change a row. The suite runs a sample (<see cref="CiSample"/> requests
/// per database); <c>MENTORSHIP_FUZZ_REQUESTS=10000</c> makes the full run, <c>MENTORSHIP_FUZZ_SEED</c> repeats a run.
/// <para>
/// The database is fingerprinted after every request, so a change is pinned on the one request that made it with no
/// re-run: the fingerprint's change detector makes that cheap, since most requests are refusals that write nothing.
/// The functional tests' host already raises the rate limits (<see cref="MentorshipFactory"/>), so thousands of
/// requests are not throttled; a 429 would show in the status histogram.
/// </para>
/// </summary>
public sealed class ContractFuzzTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    public const string SeedVariable = "MENTORSHIP_FUZZ_SEED";
    public const string RequestsVariable = "MENTORSHIP_FUZZ_REQUESTS";
    private const int CiSample = 1_000;
    private const int DefaultSeed = 12;

    [Test]
    public async Task Malformed_requests_to_every_operation_never_answer_5xx_and_refusals_change_no_row()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var s) ? s : DefaultSeed;
        var requests = int.TryParse(Environment.GetEnvironmentVariable(RequestsVariable), out var n) ? n : CiSample;
        var random = new Random(seed);
        var contract = FuzzContract.Load();
        FuzzWorld? world = null;
        var seeding = new Dictionary<string, Guid>();
        var builder = new BaselineBuilder(contract, (operation, key) => FuzzWorld.Id(world?.Ids ?? seeding, operation, key));
        var mutator = new Mutator(contract, builder);
        using var http = Factory.CreateClient();
        var admin = TestTokens.Issue(Roles.Administrator, now: Factory.Clock.GetUtcNow());

        world = await FuzzWorld.SeedAsync(Given, Factory, async (operationId, ids) =>
        {
            seeding = ids;
            var baseline = builder.Build(contract.Operations.Single(o => o.OperationId == operationId), random);
            using var response = await SendAsync(http, baseline, admin, null!);
            if (!response.IsSuccessStatusCode)
            {
                // Not fatal: the operations that name this record get an unknown id instead, and the report shows fewer accepted.
                TestContext.Progress.WriteLine($"Seeding by {operationId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        });
        var tokens = new Dictionary<FuzzCaller, string>
        {
            [FuzzCaller.Administrator] = admin,
            [FuzzCaller.Mentor] = TestTokens.Issue(Roles.Mentor, [(MentorshipClaims.PersonId, world.MentorPerson.ToString())], Factory.Clock.GetUtcNow()),
        };

        // The key's first use records when it was used: done here, so that no fuzzed request is blamed for it.
        using (var first = new HttpRequestMessage(HttpMethod.Get, $"{Api}/regions"))
        {
            first.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, world.ApiKey);
            (await http.SendAsync(first)).IsSuccessStatusCode.Should().BeTrue("the school system's key works");
        }

        var report = new FuzzReport(Provider, seed, mutator.Classes);
        await using var fingerprint = new DatabaseFingerprint(Factory.Database);
        var before = await fingerprint.TakeAsync();
        var operations = new List<FuzzOperation>();
        for (var i = 0; i < requests; i++)
        {
            if (operations.Count == 0)
            {
                operations = [.. contract.Operations.OrderBy(_ => random.Next())];
            }

            var request = builder.Build(operations[^1], random);
            operations.RemoveAt(operations.Count - 1);

            // The first round sends every operation's baseline as it is, so that each handler is reached at least once.
            var mutation = i < contract.Operations.Count ? "baseline" : mutator.Mutate(request, random);
            var (status, body) = await SendAndReadAsync(http, request, tokens, world.ApiKey);
            report.Record(request, mutation, status, i < contract.Operations.Count ? body : null);
            if (status >= 500)
            {
                report.ServerError(request, mutation, status, body);
            }

            if (status < 300 && request.Operation.OperationId is "Recompute" or "StartMatchingRun")
            {
                await RecomputeFinishedAsync();
            }

            report.FingerprintTime.Start();
            var after = await fingerprint.TakeAsync();
            report.FingerprintTime.Stop();
            if (status is >= 400 and < 500 && DatabaseFingerprint.Differences(before, after) is { Count: > 0 } changed)
            {
                report.RowChange(request, mutation, status, changed);
            }

            before = after;
        }

        report.Fingerprints = fingerprint.Computed;
        TestContext.Out.WriteLine(report);
        TestContext.Progress.WriteLine(report);
        report.ServerErrors.Should().BeEmpty(report.ToString());
        report.RowsChanged.Should().BeEmpty(report.ToString());
        report.Sent.Should().Be(requests);
        report.OperationsSent.Should().Be(Math.Min(requests, contract.Operations.Count), "every operation of the contract is fuzzed");
    }

    private static async Task<(int Status, string Body)> SendAndReadAsync(HttpClient http, FuzzRequest request, Dictionary<FuzzCaller, string> tokens, string apiKey)
    {
        try
        {
            using var response = await SendAsync(http, request, tokens.GetValueOrDefault(request.Caller), apiKey);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is not OperationCanceledException { CancellationToken.IsCancellationRequested: true })
        {
            // The test server rethrows what the application did not handle: that is a 500 a real client would get.
            return (599, ex.ToString());
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, FuzzRequest request, string? token, string apiKey)
    {
        using var message = request.ToMessage();
        if (!request.Headers.ContainsKey("Authorization"))
        {
            if (request.Caller == FuzzCaller.ApiKey)
            {
                message.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
            }
            else if (token is not null)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        return await http.SendAsync(message);
    }

    /// <summary>
    /// An accepted recompute (or matching run) writes its snapshots (its progress and result) in the background; wait for
    /// it, so that no later request is blamed.
    /// </summary>
    private async Task RecomputeFinishedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await QueryAsync(async db => await db.RegionRuns.AnyAsync(r => r.Status == JobRunStatus.Queued || r.Status == JobRunStatus.Running)
                                            || await db.MatchingRuns.AnyAsync(r => r.ActiveProgrammeId != null)))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "a recompute run finishes within a minute");
            await Task.Delay(50);
        }
    }
}
