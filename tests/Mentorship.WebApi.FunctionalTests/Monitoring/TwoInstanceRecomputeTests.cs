using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Mentorship.Domain.Monitoring;
using Mentorship.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>
/// Two API processes, each with its own Hangfire server, on one PostgreSQL database share a recompute run's regions:
/// both servers compute some, each region is computed once, and the snapshots are those of one process alone.
/// </summary>
[Databases(DatabaseProvider.PostgreSql)]
public sealed class TwoInstanceRecomputeTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int Year = 2024;
    private const int Workers = 2;

    /// <summary>Long enough that no live worker's lease runs out on a busy machine: nothing crashes here.</summary>
    private const int LeaseSeconds = 60;

    [Test]
    public async Task Two_processes_share_a_run_and_write_the_snapshots_of_one_process_once_per_region()
    {
        await using var database = await ApiProcessDatabase.CreateAsync("two_instances");
        var regions = await database.Given.MonitoredRegions(regions: 8, municipalities: 1, schools: 2);
        await using var first = (await ApiProcess.StartAsync(database.ApiSettings("instance-a", Workers, LeaseSeconds))).AsAdministrator();

        // The reference: one process alone.
        (await first.Client.RecomputeAsync(Year)).Regions.Should().HaveCount(regions.Count).And.OnlyContain(r => r.Status == JobRunStatus.Succeeded);
        var expected = await database.QueryAsync(db => MonitoringSnapshots.ReadAsync(db, Year));
        await database.QueryAsync(db => MonitoringSnapshots.ClearAsync(db, Year));

        await using var second = (await ApiProcess.StartAsync(database.ApiSettings("instance-b", Workers, LeaseSeconds))).AsAdministrator();

        // Every worker of both servers takes a region and waits at the test's lock on the snapshots: both servers hold
        // regions at the same time, whichever polls first. Then the lock goes and the rest is shared as it comes.
        await using var blocker = new NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE \"{database.TableOf<IndicatorSnapshot>()}\" IN ACCESS EXCLUSIVE MODE", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var sinceRequest = Stopwatch.StartNew();
        var accepted = await second.Client.PostAsJsonAsync($"{Api}/monitoring/recompute", new { year = Year }, Json);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        while (await database.SessionsWaitingForALockAsync() < 2 * Workers)
        {
            sinceRequest.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "every worker of both servers takes a region");
            await Task.Delay(100);
        }

        await hold.RollbackAsync();
        await hold.DisposeAsync();
        var job = await first.Client.WaitForJobAsync(accepted.Headers.Location!.ToString(), timeoutSeconds: 60);

        job.Status.Should().Be(JobRunStatus.Succeeded);
        job.Regions.Select(r => r.RegionId).Should().BeEquivalentTo(regions);
        job.Regions.Should().OnlyContain(r => r.Status == JobRunStatus.Succeeded && r.Executions == 1, "each region is computed by one worker, once");
        var perServer = await RegionJobsPerServerAsync(database, job.Id, regions.Count);
        perServer.Should().ContainKeys("instance-a", "instance-b");
        perServer.Values.Should().OnlyContain(count => count >= Workers);

        var actual = await database.QueryAsync(db => MonitoringSnapshots.ReadAsync(db, Year));
        actual.Indicators.GroupBy(f => (f.Level, f.UnitId, f.Indicator, f.Breakdown)).Should().OnlyContain(g => g.Count() == 1, "one snapshot per unit, indicator and year");
        actual.Criteria.GroupBy(f => (f.OrganizationId, f.Criterion)).Should().OnlyContain(g => g.Count() == 1);
        actual.ShouldEqual(expected);

        TestContext.Out.WriteLine(
            $"{regions.Count} region jobs: {string.Join(", ", perServer.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; " +
            $"run took {sinceRequest.Elapsed.TotalSeconds:F1} s; snapshots equal to the one-process run: {actual.Indicators.Count} indicator, {actual.Criteria.Count} criterion");
    }

    /// <summary>
    /// How many region jobs of the run each Hangfire server performed, from the job storage's state history, once all
    /// <paramref name="regions"/> are in the succeeded state (a job ends just after it reports its region done).
    /// </summary>
    private static async Task<Dictionary<string, int>> RegionJobsPerServerAsync(ApiProcessDatabase database, Guid jobRunId, int regions)
    {
        var monitoring = database.Host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var succeeded = monitoring.SucceededJobs(0, 1_000)
                .Where(j => j.Value.Job?.Method.Name == nameof(MonitoringJobs.RecomputeRegionAsync) && (Guid)j.Value.Job.Args[0] == jobRunId)
                .Select(j => j.Key).ToList();
            if (succeeded.Count >= regions)
            {
                succeeded.Should().HaveCount(regions, "one job per region");
                return succeeded.Select(id => monitoring.JobDetails(id).History.First(h => h.StateName == "Processing").Data["ServerId"])
                    .GroupBy(server => server.Split(':')[0])
                    .ToDictionary(g => g.Key, g => g.Count());
            }

            waited.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "every region job ends");
            await Task.Delay(100);
        }
    }
}
