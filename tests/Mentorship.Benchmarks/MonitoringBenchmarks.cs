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
/// Recompute of a synthetic region against a hand-written SQL aggregate of the same coverage, and the streaming CSV
/// export. PostgreSQL runs when MENTORSHIP_BENCH_POSTGRES holds a connection string (its public schema is rebuilt).
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

    private const string HandWrittenPairs = """
        SELECT g."Id", g."ProgrammeId", o."Id", o."MunicipalityId", o."RegionId", g."Form", g."Format", g."Status", g."StartedAt", g."EndedAt",
               m."Role", m."PersonId", p."Category", m."JoinedAt", m."LeftAt"
        FROM "GroupMembers" m
        JOIN "MentoringGroups" g ON g."Id" = m."GroupId"
        JOIN "Programmes" pr ON pr."Id" = g."ProgrammeId"
        JOIN "Organizations" o ON o."Id" = pr."OrganizationId"
        JOIN "People" p ON p."Id" = m."PersonId"
        WHERE o."RegionId" = @region
        ORDER BY g."Id", m."Role", m."Id"
        """;

    public static async Task<int> RecomputeAsync(string[] args)
    {
        var scale = Scale.Parse(args);
        foreach (var provider in Providers(args, "both"))
        {
            await using var database = await BenchDatabase.CreateAsync(provider);
            var loadTime = await LoadAsync(database, scale);
            Console.WriteLine($"recompute[{provider}] data: {scale}, {new SyntheticRegion(scale).Memberships:N0} memberships; loaded in {loadTime.TotalSeconds:F1} s");

            var period = new MonitoringPeriod(Year, 10, 18);
            await using var services = Services(database);

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
        }

        return 0;
    }

    public static async Task<int> ExportCsvAsync(string[] args)
    {
        var scale = Scale.Parse(args);
        foreach (var provider in Providers(args, "sqlite"))
        {
            await using var database = await BenchDatabase.CreateAsync(provider);
            var loadTime = await LoadAsync(database, scale);
            var rows = new SyntheticRegion(scale).Memberships;
            Console.WriteLine($"export-csv[{provider}] data: {scale}; {rows:N0} pair rows; loaded in {loadTime.TotalSeconds:F1} s");
            await using var services = Services(database);

            var (baseline, baselineBytes) = await Measure(() => HandWrittenCsvAsync(database));
            var (export, exportBytes) = await Measure(() => ExportPairsAsync(services, new CsvExportWriter(), null));
            Console.WriteLine($"export-csv[{provider}] pairs export: {rows:N0} rows in {export.Elapsed.TotalSeconds:F2} s = {rows / export.Elapsed.TotalSeconds:N0} rows/s, {exportBytes / 1048576.0:N0} MB of CSV");
            Console.WriteLine($"export-csv[{provider}] peak working set during the export {export.PeakWorkingSetMb:N0} MB (before {export.StartWorkingSetMb:N0} MB), managed allocations {export.AllocatedMb:N0} MB");
            Console.WriteLine($"export-csv[{provider}] hand-written reader to CSV: {baseline.Elapsed.TotalSeconds:F2} s ({rows / baseline.Elapsed.TotalSeconds:N0} rows/s, {baselineBytes / 1048576.0:N0} MB), ratio {Ratio(export, baseline)}; peak {baseline.PeakWorkingSetMb:N0} MB");

            // Memory stays flat: one municipality's export (1/50 of the rows) against the whole region's, in each format.
            var xlsx = new XlsxExportWriter(new ConfigurationBuilder().Build());
            foreach (var (format, writer) in new (string, IExportWriter)[] { ("csv", new CsvExportWriter()), ("xlsx", xlsx) })
            {
                var (small, smallBytes) = await Measure(() => ExportPairsAsync(services, writer, SyntheticRegion.Id(2, 0)));
                var (large, largeBytes) = await Measure(() => ExportPairsAsync(services, writer, null));
                Console.WriteLine($"export-{format}[{provider}] one municipality: {smallBytes / 1048576.0:N1} MB in {small.Elapsed.TotalSeconds:F2} s, peak working set +{small.PeakWorkingSetMb - small.StartWorkingSetMb:N0} MB, allocated {small.AllocatedMb:N0} MB");
                Console.WriteLine($"export-{format}[{provider}] whole region: {largeBytes / 1048576.0:N1} MB in {large.Elapsed.TotalSeconds:F2} s, peak working set +{large.PeakWorkingSetMb - large.StartWorkingSetMb:N0} MB, allocated {large.AllocatedMb:N0} MB");
                Console.WriteLine($"export-{format}[{provider}] large/small: output {largeBytes / (double)smallBytes:F1}x, peak working set growth {(large.PeakWorkingSetMb - large.StartWorkingSetMb) / Math.Max(1, small.PeakWorkingSetMb - small.StartWorkingSetMb):F2}x, peak working set {large.PeakWorkingSetMb / small.PeakWorkingSetMb:F2}x");
            }
        }

        return 0;
    }

    private static IEnumerable<string> Providers(string[] args, string fallback)
    {
        var i = Array.IndexOf(args, "--provider");
        var wanted = i >= 0 && i + 1 < args.Length ? args[i + 1].ToLowerInvariant() : fallback;
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

    private static async Task<TimeSpan> LoadAsync(BenchDatabase database, Scale scale)
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

    private static async Task<long> ExportPairsAsync(ServiceProvider services, IExportWriter writer, Guid? municipalityId)
    {
        await using var scope = services.CreateAsyncScope();
        var table = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExportQuery(ExportDatasets.Pairs, SyntheticRegion.RegionId, municipalityId, null));
        await using var output = new CountingStream();
        await writer.WriteAsync(table, output, CancellationToken.None);
        return output.Length;
    }

    private static async Task<long> HandWrittenCsvAsync(BenchDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = HandWrittenPairs;
        command.CommandTimeout = 0;
        database.Add(command, "region", SyntheticRegion.RegionId);
        await using var output = new CountingStream();
        await using (var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true))
        {
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                await writer.WriteLineAsync(string.Join(',', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
            }
        }

        return output.Length;
    }

    private static ServiceProvider Services(BenchDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddApplication(null);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser, SystemUser>();
        services.AddSingleton<IPseudonymizer>(new HmacPseudonymizer(new ConfigurationBuilder().Build()));
        services.AddScoped(_ => database.NewContext());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        return services.BuildServiceProvider();
    }

    private static string Ratio(Run run, Run baseline) => (run.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Runs an action while sampling the process's working set, so the peak of the action itself is seen.</summary>
    private static async Task<(Run Run, T Result)> Measure<T>(Func<Task<T>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.WorkingSet64;
        var peak = start;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(20, CancellationToken.None);
            }
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        return (new Run(watch.Elapsed, start / 1048576.0, peak / 1048576.0, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0), result);
    }

    private sealed record Run(TimeSpan Elapsed, double StartWorkingSetMb, double PeakWorkingSetMb, double AllocatedMb);

    private sealed class SystemUser : ICurrentUser
    {
        public string? Id => "benchmark";

        public bool IsAuthenticated => false;

        public bool IsSystem => true;

        public IReadOnlyCollection<string> Roles => [];

        public Guid? RegionId => null;

        public Guid? MunicipalityId => null;

        public IReadOnlyCollection<Guid> OrganizationIds => [];

        public Guid? PersonId => null;

        public string? ClientId => null;

        public string? RemoteAddress => null;

        public bool IsInRole(string role) => false;
    }

    /// <summary>A sink that counts what is written to it, as a response body would receive it.</summary>
    private sealed class CountingStream : Stream
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

/// <summary>A benchmark database: a new SQLite file, or the PostgreSQL of MENTORSHIP_BENCH_POSTGRES with its public schema rebuilt.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly bool _postgres;

    private BenchDatabase(string connectionString, bool postgres)
    {
        _connectionString = connectionString;
        _postgres = postgres;
    }

    public static async Task<BenchDatabase> CreateAsync(string provider)
    {
        BenchDatabase database;
        if (provider == "postgresql")
        {
            // No command timeout: COPY of a million rows into indexed tables finishes long after 30 s.
            var connectionString = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(MonitoringBenchmarks.PostgresVariable)) { CommandTimeout = 0 }.ToString();
            database = new BenchDatabase(connectionString, postgres: true);
            await using var connection = await database.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;";
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"mentorship-bench-{Guid.NewGuid():N}.db");
            database = new BenchDatabase(new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ToString(), postgres: false);
        }

        await using var context = database.NewContext();
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await context.Database.MigrateAsync();
        return database;
    }

    public ApplicationDbContext NewContext()
    {
        ApplicationDbContext context = _postgres
            ? new PostgreSqlApplicationDbContext(new DbContextOptionsBuilder<PostgreSqlApplicationDbContext>().UseNpgsql(_connectionString, o => o.CommandTimeout(1800)).Options)
            : new SqliteApplicationDbContext(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(_connectionString, o => o.CommandTimeout(1800)).Options);
        return context;
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = _postgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = _postgres ? value : value switch
        {
            Guid id => id.ToString().ToUpperInvariant(),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }

    public ValueTask DisposeAsync()
    {
        if (!_postgres)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(_connectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }

        return ValueTask.CompletedTask;
    }
}
