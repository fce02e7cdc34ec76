using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Mentorship.Domain.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// With the database gone, requests and the readiness probe answer 503 with Retry-After within 5 s (not after the
/// retrying strategy's 26–57 s), and both recover by themselves when it is back.
/// </summary>
[Databases(DatabaseProvider.PostgreSql)]
public sealed class OutageTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    [Test]
    public async Task A_database_outage_gives_fast_503s_and_readiness_recovers_by_itself()
    {
        var target = new NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString);
        await using var proxy = new TcpOutageProxy(target.Host!, target.Port);
        await using var factory = ThroughProxy(proxy);
        using var client = factory.CreateContractClient();
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        (await client.GetAsync($"{Api}/regions")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

        proxy.Cut();
        var (read, readTime) = await TimedAsync(() => client.GetAsync($"{Api}/regions"));
        var (write, writeTime) = await TimedAsync(() => client.PostAsJsonAsync($"{Api}/regions", new { code = "38", name = "Иркутская область" }, Json));
        var (ready, readyTime) = await TimedAsync(() => client.GetAsync("/health/ready"));

        TestContext.Out.WriteLine($"time to 503: read {readTime.TotalSeconds:F2} s, write {writeTime.TotalSeconds:F2} s, readiness {readyTime.TotalSeconds:F2} s");
        foreach (var (response, elapsed) in new[] { (read, readTime), (write, writeTime) })
        {
            var problem = await ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            problem.Status.Should().Be(503);
            problem.Code.Should().Be(ErrorCodes.Common.ServiceUnavailable);
            response.Headers.RetryAfter!.Delta.Should().BePositive();
            elapsed.Should().BeLessThan(Limit);
        }

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        readyTime.Should().BeLessThan(Limit);

        proxy.Restore();
        var recovery = Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            recovery.Elapsed.Should().BeLessThan(Limit, "readiness recovers by itself once the database is back");
            await Task.Delay(100);
        }

        TestContext.Out.WriteLine($"time to recovery: {recovery.Elapsed.TotalSeconds:F2} s");
        (await client.GetAsync($"{Api}/regions")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync($"{Api}/regions", new { code = "38", name = "Иркутская область" }, Json)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    /// <summary>
    /// Writers keep creating people while the database goes away and comes back (every connection between the API and
    /// PostgreSQL is cut and new ones refused, as when the server stops): every write the API acknowledged with 201 is
    /// in the database afterwards, and each request either was acknowledged or answered 503 — nothing in between.
    /// </summary>
    [Test]
    public async Task No_acknowledged_write_is_lost_when_the_database_goes_away_under_load()
    {
        var school = await Given.School();
        var target = new NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString);
        await using var proxy = new TcpOutageProxy(target.Host!, target.Port);
        await using var factory = ThroughProxy(proxy);
        using var client = factory.CreateContractClient();
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        async Task WriteAsync(int writer)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var response = await client.PostAsJsonAsync($"{Api}/people",
                    new { organizationId = school, lastName = $"Писатель{writer}", firstName = $"Запись{n}", category = "Teacher" }, Json);
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.Content.ReadFromJsonAsync<PersonIdOnly>(Json))!.Id);
                }
            }
        }

        // Phases by what the writers saw, not by the clock, so that a slow machine changes nothing: writes go through,
        // then the database goes away until writes are refused, then it comes back until writes go through again.
        async Task UntilAsync(Func<bool> seen, string what)
        {
            var deadline = Stopwatch.StartNew();
            while (!seen())
            {
                deadline.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1), what);
                await Task.Delay(50);
            }
        }

        var writers = Enumerable.Range(1, 4).Select(WriteAsync).ToList();
        await UntilAsync(() => acknowledged.Count >= 4, "writes go through before the outage");
        proxy.Cut();
        await UntilAsync(() => statuses.Contains(HttpStatusCode.ServiceUnavailable), "a write is refused during the outage");
        await Task.Delay(TimeSpan.FromSeconds(1));
        proxy.Restore();
        var beforeRecovery = acknowledged.Count;
        await UntilAsync(() => acknowledged.Count >= beforeRecovery + 4, "writes go through again once the database is back");
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var stored = await QueryAsync(db => db.People.Where(p => p.OrganizationId == school).Select(p => p.Id).ToListAsync());
        var histogram = statuses.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}");
        TestContext.Out.WriteLine($"{statuses.Count} writes: {string.Join(", ", histogram)}; acknowledged {acknowledged.Count}, stored {stored.Count}");
        statuses.Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.ServiceUnavailable);
        statuses.Should().Contain(HttpStatusCode.ServiceUnavailable, "the outage was seen").And.Contain(HttpStatusCode.Created);
        stored.Should().Contain(acknowledged, "an acknowledged write is never lost");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private sealed record PersonIdOnly(Guid Id);

    /// <summary>The API with its database connections going through <paramref name="proxy"/>, which can cut them.</summary>
    private WebApplicationFactory<Program> ThroughProxy(TcpOutageProxy proxy)
    {
        var proxied = new NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Pooling = true };
        return Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:PostgreSql", proxied.ToString());
            builder.UseSetting("Hangfire:Server:Enabled", "false");
        });
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        var response = await send();
        return (response, watch.Elapsed);
    }
}
