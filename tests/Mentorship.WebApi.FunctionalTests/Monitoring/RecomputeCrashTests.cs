using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>
/// A recompute run whose API process (and Hangfire server) is killed with SIGKILL in the middle of regions is finished
/// by a fresh process on the same database: the dead worker's regions are claimed again once their lease runs out,
/// no region is reported done without its snapshots, and the snapshots equal those of an uninterrupted run.
/// </summary>
[Databases(DatabaseProvider.PostgreSql)]
public sealed class RecomputeCrashTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int Year = 2024;

    [Test]
    public async Task A_run_killed_mid_region_completes_after_a_restart_with_the_snapshots_of_an_uninterrupted_run()
    {
        var total = Stopwatch.StartNew();
        await using var database = await ApiProcessDatabase.CreateAsync("recompute_crash");
        var regions = (await database.Given.MonitoredRegions(regions: 6, municipalities: 2, schools: 2)).Order().ToList();
        await using var doomed = (await ApiProcess.StartAsync(database.ApiSettings("doomed"))).AsAdministrator();

        var setUp = total.Elapsed;

        // The reference: the same data recomputed without a crash.
        (await doomed.Client.RecomputeAsync(Year)).Status.Should().Be(JobRunStatus.Succeeded);
        var reference = total.Elapsed - setUp;
        var expected = await database.QueryAsync(db => MonitoringSnapshots.ReadAsync(db, Year));

        // The fan-out hands the regions out in this order to the two workers. The 4th and 5th regions stop where they
        // save their snapshots: one of each is left with a wrong figure and locked by the test, so the recompute's update
        // of it (a recompute writes only rows whose figures changed) waits for the test's lock.
        var stopped = regions.Skip(3).Take(2).ToArray();
        var held = (await database.QueryAsync(db => db.IndicatorSnapshots.IgnoreQueryFilters()
                .Where(s => s.Year == Year && s.Level == MonitoringLevel.Region && stopped.Contains(s.UnitId))
                .Select(s => new { s.UnitId, s.Id }).ToListAsync()))
            .GroupBy(s => s.UnitId).Select(g => g.First().Id).ToArray();
        held.Should().HaveCount(2);
        await database.QueryAsync(db => MonitoringSnapshots.ClearAsync(db, Year, keep: held));
        await using var blocker = new NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        await using (var corrupt = new NpgsqlCommand($"UPDATE \"{database.TableOf<IndicatorSnapshot>()}\" SET \"Numerator\" = \"Numerator\" + 1000 WHERE \"Id\" = ANY(@held)", blocker))
        {
            corrupt.Parameters.AddWithValue("held", held);
            (await corrupt.ExecuteNonQueryAsync()).Should().Be(2);
        }

        await using var hold = await blocker.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand($"SELECT \"Id\" FROM \"{database.TableOf<IndicatorSnapshot>()}\" WHERE \"Id\" = ANY(@held) FOR UPDATE", blocker, hold))
        {
            lockRows.Parameters.AddWithValue("held", held);
            await using var reader = await lockRows.ExecuteReaderAsync();
            var locked = 0;
            while (await reader.ReadAsync())
            {
                locked++;
            }

            locked.Should().Be(2);
        }

        var accepted = await doomed.Client.PostAsJsonAsync($"{Api}/monitoring/recompute", new { year = Year }, Json);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var location = accepted.Headers.Location!.ToString();
        var atKill = await StoppedAsync(database, doomed, location);
        atKill.Regions.Where(r => stopped.Contains(r.RegionId)).Should().OnlyContain(r => r.Status == JobRunStatus.Running);

        await doomed.KillAsync();
        var sinceKill = Stopwatch.StartNew();

        // The held snapshots keep their wrong figures: nothing right of the reference run is left for the restarted run to lean on.
        await hold.CommitAsync();
        await using var survivor = (await ApiProcess.StartAsync(database.ApiSettings("survivor"))).AsAdministrator();
        var restarted = sinceKill.Elapsed;
        var job = await survivor.Client.WaitForJobAsync(location, timeoutSeconds: 60);
        var completed = sinceKill.Elapsed;

        job.Status.Should().Be(JobRunStatus.Succeeded);
        job.Regions.Should().OnlyContain(r => r.Status == JobRunStatus.Succeeded);
        job.Regions.Where(r => stopped.Contains(r.RegionId)).Should().OnlyContain(r => r.Executions == 2, "the dead worker's claim ran out and the region was claimed again");
        job.Regions.Where(r => !stopped.Contains(r.RegionId)).Should().OnlyContain(r => r.Executions == 1);

        // No region was reported done without its work: its snapshots were all written by its last claim, as many as it reports.
        var written = await database.QueryAsync(db => db.IndicatorSnapshots.IgnoreQueryFilters().Where(s => s.Year == Year)
            .GroupBy(s => s.RegionId).Select(g => new { RegionId = g.Key, Count = g.Count(), Earliest = g.Min(s => s.ComputedAt) }).ToListAsync());
        written.Select(w => w.RegionId).Should().BeEquivalentTo(regions);
        foreach (var region in job.Regions)
        {
            var snapshots = written.Single(w => w.RegionId == region.RegionId);
            snapshots.Count.Should().Be(region.IndicatorSnapshots);
            snapshots.Earliest.Should().BeOnOrAfter(region.StartedAt!.Value);
        }

        var actual = await database.QueryAsync(db => MonitoringSnapshots.ReadAsync(db, Year));
        actual.ShouldEqual(expected);

        TestContext.Out.WriteLine(
            $"database, seed and first process {setUp.TotalSeconds:F1} s; uninterrupted run {reference.TotalSeconds:F1} s; " +
            $"at the kill: {Count(atKill, JobRunStatus.Succeeded)} region(s) succeeded, {Count(atKill, JobRunStatus.Running)} running, {Count(atKill, JobRunStatus.Queued)} queued; " +
            $"restarted {restarted.TotalSeconds:F1} s after the kill; run completed {completed.TotalSeconds:F1} s after the kill ({(completed - restarted).TotalSeconds:F1} s after the restart); " +
            $"executions per region {string.Join(",", job.Regions.Select(r => r.Executions))}; " +
            $"snapshots equal to the uninterrupted run: {actual.Indicators.Count} indicator, {actual.Criteria.Count} criterion");
    }

    /// <summary>Waits until both workers of the process wait for the test's lock, and answers the run as it stands then.</summary>
    private static async Task<JobDto> StoppedAsync(ApiProcessDatabase database, ApiProcess api, string location)
    {
        var waited = Stopwatch.StartNew();
        while (await database.SessionsWaitingForALockAsync() < 2)
        {
            waited.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "both workers reach the held regions");
            await Task.Delay(100);
        }

        return await ReadAsync<JobDto>(await api.Client.GetAsync(location));
    }

    private static int Count(JobDto job, JobRunStatus status) => job.Regions.Count(r => r.Status == status);
}
