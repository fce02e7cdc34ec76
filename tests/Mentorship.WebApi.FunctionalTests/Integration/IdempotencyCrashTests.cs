using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Integration;

/// <summary>
/// An Idempotency-Key whose request was running in a process killed with SIGKILL is retried after the lease and
/// succeeds once; while the request runs, its lease is renewed so that nobody runs it twice.
/// </summary>
[Databases(DatabaseProvider.PostgreSql)]
public sealed class IdempotencyCrashTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int LeaseSeconds = 5;
    private const string Key = "crash-0001";

    [Test]
    public async Task A_key_whose_process_was_killed_mid_request_succeeds_once_when_retried_after_the_lease()
    {
        var school = await Given.School();
        var key = await Given.ApiKey(school);
        var settings = ApiProcess.PostgreSqlSettings(Factory.Database.ConnectionString);
        settings["Integration:IdempotencyLeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var doomed = await ApiProcess.StartAsync(settings);
        await using var survivor = await ApiProcess.StartAsync(settings);
        var body = new { items = new[] { new { externalId = "ext-1", organizationId = school, lastName = "Иванов", firstName = "Иван", category = "Pupil", grade = 7, birthDate = "2012-03-01" } } };

        // The batch stops at the people's external ids, locked by the test, after the key was claimed.
        await using var blocker = new NpgsqlConnection(Factory.Database.ConnectionString);
        await blocker.OpenAsync();
        await using var lockTransaction = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE \"{TableOf<PersonExternalId>()}\" IN ACCESS EXCLUSIVE MODE", blocker, lockTransaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var inFlight = doomed.Client.PostPeopleAsync(key.Key, Key, body);
        var claimed = await WaitForRecordAsync(r => r.State == IdempotencyState.InProgress);
        await Task.Delay(TimeSpan.FromSeconds(LeaseSeconds + 1));
        var renewed = await WaitForRecordAsync(r => r.State == IdempotencyState.InProgress);
        renewed.ExpiresAt.Should().BeAfter(claimed.ExpiresAt, "a running request renews its lease");
        await ProblemAsync(await survivor.Client.PostPeopleAsync(key.Key, Key, body), HttpStatusCode.Conflict);

        await doomed.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        await lockTransaction.RollbackAsync();
        await inFlight.ContinueWith(_ => { }, TaskScheduler.Default);

        var retry = Stopwatch.StartNew();
        HttpResponseMessage retried;
        var refusedWhileLeased = 0;
        while ((retried = await survivor.Client.PostPeopleAsync(key.Key, Key, body)).StatusCode == HttpStatusCode.Conflict)
        {
            refusedWhileLeased++;
            retry.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(LeaseSeconds + 10), "the key is free once its lease runs out");
            await Task.Delay(250);
        }

        TestContext.Out.WriteLine($"retried {refusedWhileLeased} times during the lease; succeeded {(DateTimeOffset.UtcNow - killedAt).TotalSeconds:F1} s after the kill");
        retried.StatusCode.Should().Be(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        retried.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await retried.Content.ReadFromJsonAsync<BatchResultDto>(Json))!.Created.Should().Be(1);
        var replayed = await survivor.Client.PostPeopleAsync(key.Key, Key, body);
        replayed.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await CountAsync<Person>()).Should().Be(1);
    }

    private async Task<IdempotencyRecord> WaitForRecordAsync(Func<IdempotencyRecord, bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Key == Key);
            if (record is not null && condition(record))
            {
                return record;
            }

            deadline.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the request claims its key");
            await Task.Delay(100);
        }
    }
}
