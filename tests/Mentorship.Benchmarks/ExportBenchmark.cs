using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;
using Mentorship.Infrastructure.Exports;
using Mentorship.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>
/// <c>export-csv [--provider sqlite|postgresql|both] [--pupils 1000000] [--groups 300000] [--reuse] [--database file.db]</c>: the pairs export of a
/// synthetic region (1 000 000 rows by default) through the application as production builds it (on PostgreSQL with
/// its retrying execution strategy on), against the database's own CSV on the same data and the same SELECT:
/// the <c>sqlite3 -csv</c> shell run as a process on the same file, PostgreSQL's <c>COPY (…) TO STDOUT WITH CSV</c>
/// read through Npgsql's text export. Each side is warmed alike before it is measured (<see cref="WarmAsync{T}"/>); CSV and XLSX rows per second
/// are against the baseline's. Where the time goes: the same rows read and mapped without a writer, and the bare
/// SELECT read through ADO.NET. Memory is measured in a fresh child process per format (<c>--child csv|xlsx</c>), so
/// that the data load and the speed runs do not count: its peak working set (VmHWM), the growth of its working set
/// during the export and its peak managed heap, against 150 MB. The child is the application without its host; the
/// same export is then also taken from the API itself (<see cref="MemoryInApiAsync"/>), whose peak is what a deployment holds.
/// </summary>
public static class ExportBenchmark
{
    private const double MemoryLimitMb = 150;

    private const int WarmRuns = 3;

    private static readonly TimeSpan WarmTime = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        if (options.Text("child") is { } childFormat)
        {
            return await ChildAsync(options, childFormat);
        }

        var scale = Scale.Parse(options);
        foreach (var provider in MonitoringBenchmarks.Providers(options, "sqlite"))
        {
            // --reuse keeps the data of the last run at the same scale (PostgreSQL: the public schema; SQLite: the file
            // --database names, created and loaded when it does not exist yet): a million rows load in minutes.
            var keptFile = provider == "sqlite" ? options.Text("database") : null;
            var reuse = options.Has("reuse") && (provider == "postgresql" || File.Exists(keptFile));
            var database = reuse ? BenchDatabase.Existing(provider, keptFile is null ? string.Empty : Path.GetFullPath(keptFile)) : await CreateAsync(provider, keptFile);
            await using var owned = reuse || keptFile is not null ? null : database;
            var loadTime = reuse ? TimeSpan.Zero : await MonitoringBenchmarks.LoadAsync(database, scale);
            var rows = new SyntheticRegion(scale).Memberships;
            Console.WriteLine($"export-csv[{provider}] data: {scale}; {rows:N0} pair rows; {(reuse ? "reused" : $"loaded in {loadTime.TotalSeconds:F1} s")}");
            await using var services = database.Services();
            Console.WriteLine($"export-csv[{provider}] execution strategy as configured: {await StrategyAsync(services)}");

            var baselineName = provider == "postgresql" ? "COPY (…) TO STDOUT WITH CSV" : "sqlite3 -csv";
            Func<Task<long>> baselineRun = provider == "postgresql" ? () => CopyAsync(database) : () => Sqlite3Async(database);
            var baselineRows = await WarmAsync(baselineRun);
            var (baseline, _) = await MonitoringBenchmarks.Measure(baselineRun);
            Console.WriteLine($"export-csv[{provider}] {baselineName}: {baselineRows:N0} lines in {baseline.Elapsed.TotalSeconds:F2} s = {rows / baseline.Elapsed.TotalSeconds:N0} rows/s (warm)");
            if (baselineRows != rows)
            {
                await Console.Error.WriteLineAsync($"export-csv[{provider}]: {baselineName} wrote {baselineRows} lines, the region has {rows} pair rows");
                return 1;
            }

            await WarmAsync(() => ExportAsync(services, "csv", new MonitoringBenchmarks.CountingStream()));
            var (csv, csvBytes) = await MonitoringBenchmarks.Measure(() => ExportAsync(services, "csv", new MonitoringBenchmarks.CountingStream()));
            Console.WriteLine($"export-csv[{provider}] pairs export: {rows:N0} rows in {csv.Elapsed.TotalSeconds:F2} s = {rows / csv.Elapsed.TotalSeconds:N0} rows/s, {csvBytes / 1048576.0:N0} MB of CSV (warm), allocated {csv.AllocatedMb:N0} MB");
            var (read, readRows) = await MonitoringBenchmarks.Measure(() => ReadOnlyAsync(services));
            await WarmAsync(() => BareSelectAsync(database, null));
            var (bare, _) = await MonitoringBenchmarks.Measure(() => BareSelectAsync(database, null));
            if (database.IsPostgres)
            {
                var (largeBuffer, _) = await MonitoringBenchmarks.Measure(() => BareSelectAsync(database, 64 * 1024));
                Console.WriteLine($"export-csv[{provider}] the bare SELECT with Npgsql's read buffer at 64 KiB instead of 8 KiB: {largeBuffer.Elapsed.TotalSeconds:F2} s");
            }

            Console.WriteLine($"export-csv[{provider}] where the time goes: the bare SELECT through ADO.NET {bare.Elapsed.TotalSeconds:F2} s; " +
                              $"read and mapped by the application, no writer {read.Elapsed.TotalSeconds:F2} s ({readRows:N0} rows, allocated {read.AllocatedMb:N0} MB); CSV writer {(csv.Elapsed - read.Elapsed).TotalSeconds:F2} s");
            await WarmAsync(() => ExportAsync(services, "xlsx", new MonitoringBenchmarks.CountingStream()));
            var (xlsx, xlsxBytes) = await MonitoringBenchmarks.Measure(() => ExportAsync(services, "xlsx", new MonitoringBenchmarks.CountingStream()));
            Console.WriteLine($"export-xlsx[{provider}] pairs export: {rows:N0} rows in {xlsx.Elapsed.TotalSeconds:F2} s = {rows / xlsx.Elapsed.TotalSeconds:N0} rows/s, {xlsxBytes / 1048576.0:N0} MB of XLSX (warm)");

            // name value limit ratio: rows/s against the database's own CSV of the same rows; memory against 150 MB.
            Figures.Report($"export-csv.{provider}.{rows}.rows-per-second", rows / csv.Elapsed.TotalSeconds, rows / baseline.Elapsed.TotalSeconds);
            Figures.Report($"export-xlsx.{provider}.{rows}.rows-per-second", rows / xlsx.Elapsed.TotalSeconds, rows / baseline.Elapsed.TotalSeconds);
            foreach (var format in new[] { "csv", "xlsx" })
            {
                var memory = await MemoryInChildAsync(provider, database, format);
                if (memory is null || memory.Rows != rows)
                {
                    await Console.Error.WriteLineAsync($"export-{format}[{provider}]: the child process did not export {rows} rows");
                    return 1;
                }

                Console.WriteLine($"export-{format}[{provider}] in a fresh process: {memory.Rows:N0} rows in {memory.Seconds:F2} s (cold), " +
                                  $"peak working set {memory.PeakWorkingSetMb:N0} MB (before the export {memory.StartWorkingSetMb:N0} MB, growth {memory.PeakWorkingSetMb - memory.StartWorkingSetMb:N0} MB), peak managed heap {memory.PeakManagedMb:N0} MB");
                Figures.Report($"export-{format}.{provider}.{rows}.peak-working-set-mb", memory.PeakWorkingSetMb, MemoryLimitMb);
                Figures.Report($"export-{format}.{provider}.{rows}.working-set-growth-mb", memory.PeakWorkingSetMb - memory.StartWorkingSetMb, MemoryLimitMb);
                Figures.Report($"export-{format}.{provider}.{rows}.peak-managed-mb", memory.PeakManagedMb, MemoryLimitMb);

                var api = await MemoryInApiAsync(database, format, rows);
                Console.WriteLine($"export-{format}[{provider}] from the API's own process: {rows:N0} rows in {api.Seconds:F2} s (cold), " +
                                  $"peak working set {api.PeakWorkingSetMb:N0} MB (once ready {api.ReadyWorkingSetMb:N0} MB, peak by then {api.ReadyPeakWorkingSetMb:N0} MB; " +
                                  $"before the export {api.BeforeExportMb:N0} MB, the export's growth {api.PeakWorkingSetMb - api.BeforeExportMb:N0} MB{(api.PeakReset ? "" : ", start's peak not cleared")})");
                Figures.Report($"export-{format}.{provider}.{rows}.api-peak-working-set-mb", Math.Round(api.PeakWorkingSetMb, 1), MemoryLimitMb);
                Figures.Report($"export-{format}.{provider}.{rows}.api-export-growth-mb", Math.Round(api.PeakWorkingSetMb - api.BeforeExportMb, 1), MemoryLimitMb);
            }
        }

        return 0;
    }

    /// <summary>
    /// Runs a side until it is warm and returns its last result: .NET compiles a hot method again, optimised, only after
    /// it has run a while (tiered compilation, with a profiling stage between), so a single run before the measured one
    /// left the export partly unoptimised — at 100 000 rows its second run took 2–6× its fourth, and the ratio measured
    /// the compiler. At least <see cref="WarmRuns"/> runs and <see cref="WarmTime"/>, the same for the database's side
    /// and the application's.
    /// </summary>
    private static async Task<T> WarmAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        for (var runs = 1; runs < WarmRuns || watch.Elapsed < WarmTime; runs++)
        {
            result = await run();
        }

        return result;
    }

    /// <summary>A new benchmark database; on SQLite at <paramref name="sqliteFile"/> when given (kept after the run).</summary>
    private static async Task<BenchDatabase> CreateAsync(string provider, string? sqliteFile)
    {
        if (sqliteFile is null)
        {
            return await BenchDatabase.CreateAsync(provider);
        }

        var database = BenchDatabase.Existing(provider, Path.GetFullPath(sqliteFile));
        await using var context = database.NewContext();
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>What a child process measured of one export.</summary>
    private sealed record ChildMemory(long Rows, double Seconds, double StartWorkingSetMb, double PeakWorkingSetMb, double PeakManagedMb);

    /// <summary>This program again, as <c>export-csv --child &lt;format&gt;</c> on the same database; its last line is read back.</summary>
    private static async Task<ChildMemory?> MemoryInChildAsync(string provider, BenchDatabase database, string format)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };

        // With the WebApi's runtime configuration (its runtimeconfig.json, copied beside this program by the project
        // reference): the garbage collector the API runs with (server GC, as ASP.NET Core's SDK sets it), not this
        // console program's workstation GC.
        var apiRuntimeConfig = Path.Combine(AppContext.BaseDirectory, "Mentorship.WebApi.runtimeconfig.json");
        if (!File.Exists(apiRuntimeConfig))
        {
            throw new InvalidOperationException($"{apiRuntimeConfig} is missing: the benchmark measures memory with the WebApi's runtime configuration.");
        }

        foreach (var arg in new[] { "exec", "--runtimeconfig", apiRuntimeConfig, typeof(ExportBenchmark).Assembly.Location, "export-csv", "--child", format, "--provider", provider, "--sqlite-file", database.IsPostgres ? "-" : database.SqliteFile })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        ChildMemory? result = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ');
            if (parts is ["export-child", var rows, var seconds, var startMb, var peakMb, var managedMb])
            {
                result = new ChildMemory(long.Parse(rows, CultureInfo.InvariantCulture), Parse(seconds), Parse(startMb), Parse(peakMb), Parse(managedMb));
            }
            else
            {
                Console.WriteLine($"export-{format}[{provider}] child: {line}");
            }
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? result : null;

        static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The child: one export (cold, as the first export after a start would be) into a sink, the working set before it,
    /// the process's peak working set (VmHWM) after it and the managed heap sampled every 10 ms while it runs.
    /// </summary>
    private static async Task<int> ChildAsync(BenchOptions options, string format)
    {
        var database = BenchDatabase.Existing(options.Text("provider") ?? "sqlite", options.Text("sqlite-file") ?? string.Empty);
        await using var services = database.Services();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var startWorkingSet = process.WorkingSet64;
        var managedPeak = GC.GetTotalMemory(false);
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(false));
                await Task.Delay(10, CancellationToken.None);
            }
        });
        var watch = Stopwatch.StartNew();
        var rowsRead = new StrongBox<long>();
        await ExportAsync(services, format, new MonitoringBenchmarks.CountingStream(), rowsRead);
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        process.Refresh();

        // Where the working set is: the garbage collector's mode and committed memory, and the kernel's split of the
        // resident memory into anonymous (heaps, stacks), file-backed (the mapped assemblies) and shared pages (the JIT's
        // code and stubs: with W^X on, executable memory is mapped twice from one memfd, "doublemapper").
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC: server {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}, gen0 collections {GC.CollectionCount(0)}, committed {gc.TotalCommittedBytes / 1048576.0:F1} MB, heap {gc.HeapSizeBytes / 1048576.0:F1} MB; {ProcStatus("VmHWM", "VmRSS", "RssAnon", "RssFile", "RssShmem", "Threads")}"));

        // On Linux the peak working set is the kernel's high-water mark of the process's resident memory (VmHWM).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export-child {rowsRead.Value} {watch.Elapsed.TotalSeconds:F3} {startWorkingSet / 1048576.0:F1} {process.PeakWorkingSet64 / 1048576.0:F1} {managedPeak / 1048576.0:F1}"));
        return 0;
    }

    /// <summary>What the API's process held for one export.</summary>
    /// <param name="PeakWorkingSetMb">The process's peak during the export (since the reset; with no reset, since its start).</param>
    /// <param name="PeakReset">Whether the start's high-water mark was cleared before the export, so that the growth is the export's alone.</param>
    private sealed record ApiMemory(double Seconds, double ReadyWorkingSetMb, double ReadyPeakWorkingSetMb, double BeforeExportMb, double PeakWorkingSetMb, bool PeakReset);

    /// <summary>
    /// The export through the API as production runs it: its own process (<see cref="ApiProcess"/>: the Web host, its
    /// configuration and runtime configuration, Hangfire's server, the hosted services), ready (<c>/health/ready</c>, which
    /// builds EF's model as a readiness probe would), then one export over HTTP as the region's coordinator, read to the
    /// end. Its peak working set (VmHWM on Linux) is read from outside once ready and after the export. The child process
    /// above leaves out the host (about 70–100 MB at 1 000 000 rows: mapped ASP.NET Core assemblies, more compiled code,
    /// Hangfire's workers), so only this figure says what a deployment needs.
    /// </summary>
    private static async Task<ApiMemory> MemoryInApiAsync(BenchDatabase database, string format, long rows)
    {
        var api = ApiProcess.Assembly();
        if (!File.Exists(api))
        {
            throw new InvalidOperationException($"{api} is missing; run the benchmark with `dotnet run -c Release --project tests/Mentorship.Benchmarks`, which builds it.");
        }

        // Hangfire's state on PostgreSQL outlives each API this benchmark starts and stops: a job that was running when
        // one was stopped comes back after the invisibility timeout, and a recurring job that fell due while none ran
        // starts with the next one. Either would run beside the export and be counted as its memory (a stale-groups
        // flagging of the whole region did, at 1 000 000 rows: 329 MB). Each API starts from an empty Hangfire schema,
        // as a new deployment does; it registers its recurring jobs again, each next due at its next time.
        if (database.IsPostgres)
        {
            await HangfireSqlAsync(database, "DROP SCHEMA IF EXISTS hangfire CASCADE");
        }

        var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        using var server = ApiProcess.Start(api, new Dictionary<string, string>
        {
            ["Database__Provider"] = database.IsPostgres ? "PostgreSql" : "Sqlite",
            [database.IsPostgres ? "ConnectionStrings__PostgreSql" : "ConnectionStrings__Sqlite"] = database.IsPostgres
                ? Environment.GetEnvironmentVariable(MonitoringBenchmarks.PostgresVariable)!
                : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = database.SqliteFile }.ToString(),
            ["Authentication__Jwt__SigningKey"] = signingKey,
            ["Exports__PseudonymKey"] = "benchmark-pseudonym-key-0123456789abcdef",
        });
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(30) };
        await server.WaitUntilAsync(client, "/health/ready");
        server.Process.Refresh();
        var (ready, readyPeak) = (server.Process.WorkingSet64, server.Process.PeakWorkingSet64);

        // The start's own high-water mark says nothing of the export: the kernel sets it back to the resident size now
        // (Linux: clear_refs 5), so that the peak read after the export is the export's, over what the API held before it.
        var reset = ResetPeakWorkingSet(server.Process);
        server.Process.Refresh();
        var before = server.Process.WorkingSet64;

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exports/pairs?regionId={SyntheticRegion.RegionId}&format={format}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CoordinatorToken(signingKey, TimeProvider.System));
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using (var content = await response.Content.ReadAsStreamAsync())
        {
            if (format == "csv")
            {
                // A header line and a line per row: the API sent the whole region.
                using var reader = new StreamReader(content);
                var lines = await CountLinesAsync(reader);
                if (lines != rows + 1)
                {
                    throw new InvalidOperationException($"The API's CSV has {lines} lines, not a header and {rows} rows.");
                }
            }
            else
            {
                await content.CopyToAsync(Stream.Null);
            }
        }

        watch.Stop();
        server.Process.Refresh();
        var peak = Math.Max(server.Process.PeakWorkingSet64, reset ? 0 : readyPeak);
        if (database.IsPostgres && await HangfireSqlAsync(database, "SELECT string_agg(invocationdata::json->>'Method', ', ') FROM hangfire.job") is string jobs)
        {
            // A job due at its time (the nightly ones at 01:00–02:00 UTC) can still fall inside the export.
            Console.WriteLine($"export-{format}: caution, background jobs ran in the API while it exported ({jobs}); its memory figures include them");
        }


        return new ApiMemory(watch.Elapsed.TotalSeconds, ready / 1048576.0, readyPeak / 1048576.0, before / 1048576.0, peak / 1048576.0, reset);
    }

    /// <summary>One statement on the PostgreSQL database's Hangfire schema; its first value, if any.</summary>
    private static async Task<object?> HangfireSqlAsync(BenchDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>Sets the process's peak working set back to its resident size (Linux ≥ 4.0); false where that cannot be done.</summary>
    private static bool ResetPeakWorkingSet(Process process)
    {
        var clearRefs = $"/proc/{process.Id}/clear_refs";
        if (!File.Exists(clearRefs))
        {
            return false;
        }

        File.WriteAllText(clearRefs, "5");
        return true;
    }

    /// <summary>
    /// A token of the synthetic region's coordinator, signed with the API's key (HS256, as the API checks it). Its times
    /// come from <paramref name="clock"/>: the real clock here, as the API process checks them against its own.
    /// </summary>
    private static string CoordinatorToken(string signingKey, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = "mentorship",
            Audience = "mentorship-api",
            Subject = new System.Security.Claims.ClaimsIdentity(
            [
                new("sub", "benchmark"), new("name", "benchmark"), new("role", "RegionalCoordinator"), new("region_id", SyntheticRegion.RegionId.ToString()),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(signingKey)), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Lines of <c>/proc/self/status</c> (Linux), for the child's account of its memory.</summary>
    private static string ProcStatus(params string[] keys) => File.Exists("/proc/self/status")
        ? string.Join(", ", File.ReadLines("/proc/self/status").Where(l => keys.Any(k => l.StartsWith(k + ":", StringComparison.Ordinal))).Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
        : "no /proc/self/status";

    /// <summary>The SELECT of the pairs export (the joins, columns, filter and order EF sends), for the database's own CSV.</summary>
    private static string PairsSelect(BenchDatabase database)
    {
        var region = database.IsPostgres ? $"'{SyntheticRegion.RegionId}'" : $"'{SyntheticRegion.RegionId.ToString().ToUpperInvariant()}'";
        return $"""
            SELECT g."Id", mu."Name", mu."Oktmo", o."Name", o."Inn", g."Form", g."Format", g."Status", g."StartedAt", g."EndedAt",
                   g."TeacherElement", g."Deficit", m."Role", m."PersonId", p."Category", m."JoinedAt", m."LeftAt"
            FROM "GroupMembers" m
            JOIN "MentoringGroups" g ON g."Id" = m."GroupId"
            JOIN "Programmes" pr ON pr."Id" = g."ProgrammeId"
            JOIN "Organizations" o ON o."Id" = pr."OrganizationId"
            JOIN "People" p ON p."Id" = m."PersonId"
            JOIN "Municipalities" mu ON mu."Id" = o."MunicipalityId"
            WHERE o."RegionId" = {region}
            ORDER BY g."Id", m."Role", m."Id"
            """;
    }

    /// <summary><c>sqlite3 -csv</c> on the benchmark's file: its output is read and counted, as a response would be.</summary>
    private static async Task<long> Sqlite3Async(BenchDatabase database)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-csv");
        start.ArgumentList.Add("-readonly");
        start.ArgumentList.Add(database.SqliteFile);
        start.ArgumentList.Add(PairsSelect(database).ReplaceLineEndings(" "));
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The export baseline needs the sqlite3 shell on PATH (Debian: apt-get install sqlite3).", e);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var lines = await CountLinesAsync(process.StandardOutput);
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? lines : throw new InvalidOperationException($"sqlite3 exited with {process.ExitCode}: {await errors}");
        }
    }

    /// <summary>PostgreSQL's own CSV of the same SELECT, through Npgsql's text export (COPY … TO STDOUT).</summary>
    private static async Task<long> CopyAsync(BenchDatabase database)
    {
        await using var connection = (NpgsqlConnection)await database.OpenAsync();
        using var reader = await connection.BeginTextExportAsync($"COPY ({PairsSelect(database)}) TO STDOUT WITH CSV");
        return await CountLinesAsync(reader);
    }

    private static async Task<long> CountLinesAsync(TextReader reader)
    {
        var buffer = new char[64 * 1024];
        long lines = 0;
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
        }

        return lines;
    }

    /// <summary>The export as the endpoint runs it: the query through MediatR, the writer of the format into a sink.</summary>
    private static async Task<long> ExportAsync(ServiceProvider services, string format, MonitoringBenchmarks.CountingStream output, StrongBox<long>? rowsRead = null)
    {
        await using var scope = services.CreateAsyncScope();
        var table = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExportQuery(ExportDatasets.Pairs, SyntheticRegion.RegionId, null, null, format));
        if (rowsRead is not null)
        {
            table = table with { Rows = Counted(table.Rows, rowsRead) };
        }

        var writer = scope.ServiceProvider.GetServices<IExportWriter>().Single(w => format == "xlsx" ? w is XlsxExportWriter : w is CsvExportWriter);
        await writer.WriteAsync(table, output, CancellationToken.None);
        return output.Length;
    }

    private static async IAsyncEnumerable<object?[]> Counted(IAsyncEnumerable<object?[]> rows, StrongBox<long> count)
    {
        await foreach (var row in rows)
        {
            count.Value++;
            yield return row;
        }
    }

    /// <summary>The export's rows, read and mapped to cells as the writers get them, and dropped.</summary>
    private static async Task<long> ReadOnlyAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var table = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExportQuery(ExportDatasets.Pairs, SyntheticRegion.RegionId, null, null));
        long rows = 0;
        await foreach (var _ in table.Rows)
        {
            rows++;
        }

        return rows;
    }

    /// <summary>The export's SELECT read through ADO.NET, every value fetched and dropped: the floor of any reader.</summary>
    private static async Task<long> BareSelectAsync(BenchDatabase database, int? npgsqlReadBuffer)
    {
        await using var connection = await database.OpenAsync();
        if (npgsqlReadBuffer is { } size)
        {
            await connection.CloseAsync();
            connection.ConnectionString = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { ReadBufferSize = size }.ToString();
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = PairsSelect(database);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    private static async Task<string> StrategyAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var strategy = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.CreateExecutionStrategy();
        return $"{strategy.GetType().Name}, retries on failure: {strategy.RetriesOnFailure.ToString(CultureInfo.InvariantCulture)}";
    }
}
