using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediatR;
using Mentorship.Application;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;
using Mentorship.Application.Monitoring.Commands.RecomputeRegion;
using Mentorship.Infrastructure.Exports;
using Mentorship.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>
/// <c>recompute [--provider sqlite|postgresql|both] [--pupils 1000000] [--organizations 2000] [--groups 300000]</c>:
/// recompute of a synthetic region against a hand-written SQL aggregate of the same coverage, with the helpers the
/// export benchmark shares. PostgreSQL runs when MENTORSHIP_BENCH_POSTGRES holds a connection string (its public schema is rebuilt).
/// </summary>
public static class MonitoringBenchmarks
{
    public const string PostgresVariable = "MENTORSHIP_BENCH_POSTGRES";
    private const int Year = 2024;

    // The pupils-in-band coverage of every organisation, written by hand: the baseline of the ratio.
    private const string HandWrittenCoverage = """
        SELECT p."OrganizationId", COUNT(DISTINCT m."PersonId")
        FROM "GroupMembers" m
        JOIN "MentoringGroups" g ON g."Id" = m."GroupId"
        JOIN "People" p ON p."Id" = m."PersonId"
        JOIN "Organizations" o ON o."Id" = p."OrganizationId"
        WHERE o."RegionId" = @region AND m."Role" = 'Mentee' AND p."Category" = 'Pupil'
          AND p."BirthDate" <= @bornOnOrBefore AND p."BirthDate" > @bornAfter
          AND g."StartedAt" <= @end AND (g."EndedAt" IS NULL OR g."EndedAt" >= @start)
          AND m."JoinedAt" <= @end AND (m."LeftAt" IS NULL OR m."LeftAt" >= @start)
        GROUP BY p."OrganizationId"
        """;

    public static async Task<int> RecomputeAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var scale = Scale.Parse(options);
        foreach (var provider in Providers(options, "both"))
        {
            await using var database = await BenchDatabase.CreateAsync(provider);
            var loadTime = await LoadAsync(database, scale);
            Console.WriteLine($"recompute[{provider}] data: {scale}, {new SyntheticRegion(scale).Memberships:N0} memberships; loaded in {loadTime.TotalSeconds:F1} s");

            var period = new MonitoringPeriod(Year, 10, 18);
            await using var services = database.Services();

            // Warm both paths once (plans, caches), then measure.
            var baselineRows = await HandWrittenAsync(database, period);
            await EfCoverageAsync(services, period);
            var (baseline, _) = await Measure(() => HandWrittenAsync(database, period));
            var (efCoverage, efRows) = await Measure(() => EfCoverageAsync(services, period));
            Console.WriteLine($"recompute[{provider}] pupils-in-band coverage: EF LINQ {efCoverage.Elapsed.TotalSeconds:F2} s, hand-written SQL {baseline.Elapsed.TotalSeconds:F2} s, ratio {Ratio(efCoverage, baseline)} (same result: {efRows == baselineRows})");

            var (first, summary) = await Measure(() => RecomputeOnceAsync(services));
            Console.WriteLine($"recompute[{provider}] full recompute (9 indicators × 3 levels, 7 criteria, snapshots written): {first.Elapsed.TotalSeconds:F2} s, " +
                              $"ratio to the hand-written coverage aggregate {Ratio(first, baseline)}; {summary.IndicatorSnapshots:N0} indicator and {summary.CriterionSnapshots:N0} criterion snapshots");
            Console.WriteLine($"recompute[{provider}] peak working set during the recompute {first.PeakWorkingSetMb:N0} MB (before {first.StartWorkingSetMb:N0} MB), managed allocations {first.AllocatedMb:N0} MB");
            var (second, _) = await Measure(() => RecomputeOnceAsync(services));
            Console.WriteLine($"recompute[{provider}] second run (same rows updated in place): {second.Elapsed.TotalSeconds:F2} s, peak working set {second.PeakWorkingSetMb:N0} MB");
            if (efRows != baselineRows)
            {
                await Console.Error.WriteLineAsync($"recompute[{provider}]: EF counted {efRows} pupils in band, the hand-written SQL {baselineRows}");
                return 1;
            }

            // name value limit ratio: the limit is the hand-written coverage aggregate, measured warm on the same data.
            var name = $"recompute.{provider}.{scale.Pupils}";
            Figures.Report($"{name}.coverage-seconds", efCoverage.Elapsed.TotalSeconds, baseline.Elapsed.TotalSeconds);
            Figures.Report($"{name}.first-run-seconds-vs-coverage-sql", first.Elapsed.TotalSeconds, baseline.Elapsed.TotalSeconds);
            Figures.Report($"{name}.second-run-seconds-vs-coverage-sql", second.Elapsed.TotalSeconds, baseline.Elapsed.TotalSeconds);
        }

        return 0;
    }

    internal static IEnumerable<string> Providers(BenchOptions options, string fallback)
    {
        var wanted = (options.Text("provider") ?? fallback).ToLowerInvariant();
        if (wanted is "sqlite" or "both")
        {
            yield return "sqlite";
        }

        if (wanted is "postgresql" or "both")
        {
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
            {
                Console.WriteLine($"postgresql: skipped, {PostgresVariable} is not set");
            }
            else
            {
                yield return "postgresql";
            }
        }
    }

    internal static async Task<TimeSpan> LoadAsync(BenchDatabase database, Scale scale)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = await database.OpenAsync();
        await new SyntheticRegion(scale).LoadAsync(connection);
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
        return watch.Elapsed;
    }

    private static async Task<int> HandWrittenAsync(BenchDatabase database, MonitoringPeriod period)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = HandWrittenCoverage;
        command.CommandTimeout = 0;
        database.Add(command, "region", SyntheticRegion.RegionId);
        database.Add(command, "bornOnOrBefore", period.PupilBornOnOrBefore);
        database.Add(command, "bornAfter", period.PupilBornAfter);
        database.Add(command, "start", period.Start);
        database.Add(command, "end", period.End);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            total += Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return total;
    }

    private static async Task<int> EfCoverageAsync(ServiceProvider services, MonitoringPeriod period)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var rows = await new RegionAggregates(db, SyntheticRegion.RegionId, period).PupilsInBandMentored(CancellationToken.None);
        return rows.Sum(r => r.Count);
    }

    private static async Task<RegionRecomputeSummary> RecomputeOnceAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecomputeRegionCommand(SyntheticRegion.RegionId, Year));
    }

    private static string Ratio(Run run, Run baseline) => (run.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Runs an action while sampling the process's working set, so the peak of the action itself is seen.</summary>
    internal static async Task<(Run Run, T Result)> Measure<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.WorkingSet64;
        var peak = start;
        var managedPeak = GC.GetTotalMemory(false);
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(false));
                await Task.Delay(10, CancellationToken.None);
            }
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        return (new Run(watch.Elapsed, start / 1048576.0, peak / 1048576.0, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, managedPeak / 1048576.0), result);
    }

    internal sealed record Run(TimeSpan Elapsed, double StartWorkingSetMb, double PeakWorkingSetMb, double AllocatedMb, double PeakManagedMb);

    /// <summary>A sink that counts what is written to it, as a response body would receive it.</summary>
    internal sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}

