using System.Diagnostics;
using System.Net;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Integration;

/// <summary>
/// Two API processes on one PostgreSQL database share the Idempotency-Keys: the same key and body sent to both gives
/// one write and one replay (or a 409 while the first runs, then the replay), never two writes.
/// </summary>
[Databases(DatabaseProvider.PostgreSql)]
public sealed class TwoInstanceIdempotencyTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int ConcurrentKeys = 20;

    [Test]
    public async Task The_same_key_sent_to_two_processes_writes_once_and_replays_the_first_answer()
    {
        var school = await Given.School();
        var apiKey = (await Given.ApiKey(school)).Key;
        var settings = ApiProcess.PostgreSqlSettings(Factory.Database.ConnectionString);
        await using var first = await ApiProcess.StartAsync(settings);
        await using var second = await ApiProcess.StartAsync(settings);

        // While the first process runs the request (held at the test's lock on the external ids), the second refuses the key.
        await using (var blocker = new NpgsqlConnection(Factory.Database.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var hold = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand($"LOCK TABLE \"{TableOf<PersonExternalId>()}\" IN ACCESS EXCLUSIVE MODE", blocker, hold))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            var inFlight = first.Client.PostPeopleAsync(apiKey, "two-0000", Batch(school, 0));
            await WaitUntilClaimedAsync("two-0000");
            await ProblemAsync(await second.Client.PostPeopleAsync(apiKey, "two-0000", Batch(school, 0)), HttpStatusCode.Conflict);
            await hold.RollbackAsync();
            var written = await inFlight;
            written.StatusCode.Should().Be(HttpStatusCode.OK, await written.Content.ReadAsStringAsync());
            (await ReadAsync<BatchResultDto>(written)).Created.Should().Be(1);
            var replayed = await second.Client.PostPeopleAsync(apiKey, "two-0000", Batch(school, 0));
            replayed.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
            (await replayed.Content.ReadAsStringAsync()).Should().Be(await written.Content.ReadAsStringAsync());
        }

        // Then keys sent to both processes at the same moment: one writes, the other replays or is told to retry.
        var writes = 0;
        var replays = 0;
        var conflicts = 0;
        var sent = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(Enumerable.Range(1, ConcurrentKeys).Select(async i =>
        {
            var key = $"two-{i:D4}";
            var answers = await Task.WhenAll(first.Client.PostPeopleAsync(apiKey, key, Batch(school, i)), second.Client.PostPeopleAsync(apiKey, key, Batch(school, i)));
            return (Key: key, Index: i, Answers: answers);
        }));
        foreach (var (key, index, answers) in outcomes)
        {
            var fresh = answers.Where(a => a.StatusCode == HttpStatusCode.OK && !a.Headers.Contains("Idempotent-Replayed")).ToList();
            fresh.Should().ContainSingle($"key {key} is written by one process only");
            (await ReadAsync<BatchResultDto>(fresh[0])).Created.Should().Be(1);
            writes++;
            var other = answers.Single(a => a != fresh[0]);
            if (other.StatusCode == HttpStatusCode.Conflict)
            {
                conflicts++;
                other = await (answers[0] == other ? first : second).Client.PostPeopleAsync(apiKey, key, Batch(school, index));
            }
            else
            {
                replays++;
            }

            other.StatusCode.Should().Be(HttpStatusCode.OK);
            other.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
            (await other.Content.ReadAsStringAsync()).Should().Be(await fresh[0].Content.ReadAsStringAsync());
        }

        (await CountAsync<Person>()).Should().Be(1 + ConcurrentKeys);
        (await QueryAsync(db => db.IdempotencyRecords.CountAsync(r => r.State == IdempotencyState.Completed))).Should().Be(1 + ConcurrentKeys);
        TestContext.Out.WriteLine($"{ConcurrentKeys} keys sent to both processes at once in {sent.Elapsed.TotalSeconds:F1} s: {writes} written once, {replays} replayed at once, {conflicts} answered 409 and replayed on retry; people {1 + ConcurrentKeys}");
    }

    private static object Batch(Guid school, int index) =>
        new { items = new[] { new { externalId = $"two-{index}", organizationId = school, lastName = "Иванов", firstName = $"Иван{index}", category = "Pupil", grade = 7, birthDate = "2012-03-01" } } };

    private async Task WaitUntilClaimedAsync(string key)
    {
        var waited = Stopwatch.StartNew();
        while (!await QueryAsync(db => db.IdempotencyRecords.AnyAsync(r => r.Key == key && r.State == IdempotencyState.InProgress)))
        {
            waited.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the first process claims the key");
            await Task.Delay(100);
        }
    }
}
