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
/// recompute of a synthetic region against hand-written SQL doing the same aggregates and writing only changed figures
/// (<see cref="RecomputeBaseline"/>), run first into empty snapshot tables and then again with nothing changed; with
/// the helpers the export benchmark shares. PostgreSQL runs when MENTORSHIP_BENCH_POSTGRES holds a connection string (its public schema is rebuilt).
/// </summary>
public static class MonitoringBenchmarks
{
    public const string PostgresVariable = "MENTORSHIP_BENCH_POSTGRES";
    private const int Year = 2024;

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
            var baseline = new RecomputeBaseline(database, provider == "postgresql", period);
            await baseline.CreateTableAsync();

            // Warm both paths once (plans, caches), then start both from empty snapshot tables and measure.
            await baseline.RunAsync();
            await RecomputeOnceAsync(services);
            await baseline.ClearAsync();
            await ClearSnapshotsAsync(services);

            var (baselineFirst, _) = await Measure(baseline.RunAsync);
            var (first, summary) = await Measure(() => RecomputeOnceAsync(services));
            var (baselineSecond, baselineRewritten) = await Measure(baseline.RunAsync);
            var secondStart = DateTimeOffset.UtcNow;
            var (second, _) = await Measure(() => RecomputeOnceAsync(services));
            var rewritten = await WrittenSinceAsync(services, secondStart);
            Console.WriteLine($"recompute[{provider}] first run (empty snapshots): recompute {first.Elapsed.TotalSeconds:F2} s, hand-written SQL {baselineFirst.Elapsed.TotalSeconds:F2} s, ratio {Ratio(first, baselineFirst)}; " +
                              $"{summary.IndicatorSnapshots:N0} indicator and {summary.CriterionSnapshots:N0} criterion snapshots");
            Console.WriteLine($"recompute[{provider}] second run (no change): recompute {second.Elapsed.TotalSeconds:F2} s ({rewritten} snapshot rows written), hand-written SQL {baselineSecond.Elapsed.TotalSeconds:F2} s ({baselineRewritten} rows written), ratio {Ratio(second, baselineSecond)}");
            Console.WriteLine($"recompute[{provider}] peak working set during the first recompute {first.PeakWorkingSetMb:N0} MB (before {first.StartWorkingSetMb:N0} MB), managed allocations {first.AllocatedMb:N0} MB");

            // Both keep each other honest: every figure the SQL computes is the recompute's, and every non-zero one of the recompute is the SQL's.
            var mismatches = await CompareAsync(services, await baseline.ReadAsync());
            if (mismatches.Count > 0)
            {
                await Console.Error.WriteLineAsync($"recompute[{provider}]: {mismatches.Count} figures differ between the recompute and the hand-written SQL, e.g.{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", mismatches.Take(10))}");
                return 1;
            }

            // name value limit ratio: the limit is the hand-written SQL, measured warm on the same data in this process.
            var name = $"recompute.{provider}.{scale.Pupils}";
            Figures.Report($"{name}.first-run-seconds", first.Elapsed.TotalSeconds, baselineFirst.Elapsed.TotalSeconds);
            Figures.Report($"{name}.second-run-seconds", second.Elapsed.TotalSeconds, baselineSecond.Elapsed.TotalSeconds);
            Figures.Report($"{name}.second-run-rows-written", rewritten, 0);
        }

        return 0;
    }

    private static async Task ClearSnapshotsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var organizations = db.Organizations.IgnoreQueryFilters().Where(o => o.RegionId == SyntheticRegion.RegionId).Select(o => o.Id);
        await db.IndicatorSnapshots.IgnoreQueryFilters().Where(s => s.RegionId == SyntheticRegion.RegionId).ExecuteDeleteAsync();
        await db.CriterionIndicatorSnapshots.IgnoreQueryFilters().Where(s => organizations.Contains(s.OrganizationId)).ExecuteDeleteAsync();
        await db.CriterionSnapshots.IgnoreQueryFilters().Where(s => organizations.Contains(s.OrganizationId)).ExecuteDeleteAsync();
    }

    /// <summary>Snapshot rows whose ComputedAt moved since the instant: the rows a recompute wrote.</summary>
    private static async Task<int> WrittenSinceAsync(ServiceProvider services, DateTimeOffset since)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var organizations = db.Organizations.IgnoreQueryFilters().Where(o => o.RegionId == SyntheticRegion.RegionId).Select(o => o.Id);
        return await db.IndicatorSnapshots.IgnoreQueryFilters().CountAsync(s => s.RegionId == SyntheticRegion.RegionId && s.ComputedAt >= since)
               + await db.CriterionSnapshots.IgnoreQueryFilters().CountAsync(s => organizations.Contains(s.OrganizationId) && s.ComputedAt >= since)
               + await db.CriterionIndicatorSnapshots.IgnoreQueryFilters().CountAsync(s => organizations.Contains(s.OrganizationId) && s.ComputedAt >= since);
    }

    private static async Task<List<string>> CompareAsync(ServiceProvider services, List<Figure> expected)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var indicators = expected.Select(f => f.Indicator).Distinct().ToList();
        var actual = (await db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.RegionId == SyntheticRegion.RegionId && s.Year == Year)
                .Select(s => new { s.Level, s.UnitId, s.Indicator, s.Breakdown, s.Numerator, s.Denominator, s.NotPlaced }).ToListAsync())
            .Where(s => indicators.Contains(s.Indicator.ToString()))
            .ToDictionary(s => (s.Level.ToString(), s.UnitId, s.Indicator.ToString(), s.Breakdown), s => new Figure(s.Level.ToString(), s.UnitId, s.Indicator.ToString(), s.Breakdown, s.Numerator, s.Denominator, s.NotPlaced));
        var mismatches = new List<string>();
        foreach (var figure in expected)
        {
            var key = (figure.Level, figure.UnitId, figure.Indicator, figure.Breakdown);
            if (!actual.Remove(key, out var snapshot) || snapshot != figure)
            {
                mismatches.Add($"SQL {figure} ≠ recompute {snapshot?.ToString() ?? "(none)"}");
            }
        }

        mismatches.AddRange(actual.Values.Where(s => s.Numerator > 0).Select(s => $"recompute {s} not computed by the SQL"));
        return mismatches;
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

