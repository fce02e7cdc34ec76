using System.Diagnostics;
using System.Globalization;
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
/// <c>export-csv [--provider sqlite|postgresql|both] [--pupils 1000000] [--groups 300000]</c>: the pairs export of a
/// synthetic region (1 000 000 rows by default) through the application as production builds it (on PostgreSQL with
/// its retrying execution strategy on), against the database's own CSV on the same data and the same SELECT:
/// the <c>sqlite3 -csv</c> shell run as a process on the same file, PostgreSQL's <c>COPY (…) TO STDOUT WITH CSV</c>
/// read through Npgsql's text export. Each side runs once before it is measured (warm). Prints rows per second
/// against the baseline's, the export's peak working set and managed heap against 150 MB, and XLSX at the same size.
/// </summary>
public static class ExportBenchmark
{
    private const double MemoryLimitMb = 150;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var scale = Scale.Parse(options);
        foreach (var provider in MonitoringBenchmarks.Providers(options, "sqlite"))
        {
            await using var database = await BenchDatabase.CreateAsync(provider);
            var loadTime = await MonitoringBenchmarks.LoadAsync(database, scale);
            var rows = new SyntheticRegion(scale).Memberships;
            Console.WriteLine($"export-csv[{provider}] data: {scale}; {rows:N0} pair rows; loaded in {loadTime.TotalSeconds:F1} s");
            await using var services = database.Services();
            Console.WriteLine($"export-csv[{provider}] execution strategy as configured: {await StrategyAsync(services)}");

            var baselineName = provider == "postgresql" ? "COPY (…) TO STDOUT WITH CSV" : "sqlite3 -csv";
            Func<Task<long>> baselineRun = provider == "postgresql" ? () => CopyAsync(database) : () => Sqlite3Async(database);
            var baselineRows = await baselineRun();
            var (baseline, _) = await MonitoringBenchmarks.Measure(baselineRun);
            Console.WriteLine($"export-csv[{provider}] {baselineName}: {baselineRows:N0} lines in {baseline.Elapsed.TotalSeconds:F2} s = {rows / baseline.Elapsed.TotalSeconds:N0} rows/s (warm)");
            if (baselineRows != rows)
            {
                await Console.Error.WriteLineAsync($"export-csv[{provider}]: {baselineName} wrote {baselineRows} lines, the region has {rows} pair rows");
                return 1;
            }

            await ExportAsync(services, "csv");
            var (csv, csvBytes) = await MonitoringBenchmarks.Measure(() => ExportAsync(services, "csv"));
            Console.WriteLine($"export-csv[{provider}] pairs export: {rows:N0} rows in {csv.Elapsed.TotalSeconds:F2} s = {rows / csv.Elapsed.TotalSeconds:N0} rows/s, {csvBytes / 1048576.0:N0} MB of CSV (warm)");
            Console.WriteLine($"export-csv[{provider}] peak working set {csv.PeakWorkingSetMb:N0} MB (before {csv.StartWorkingSetMb:N0} MB), peak managed heap {csv.PeakManagedMb:N0} MB, allocated {csv.AllocatedMb:N0} MB");
            var (xlsx, xlsxBytes) = await MonitoringBenchmarks.Measure(() => ExportAsync(services, "xlsx"));
            Console.WriteLine($"export-xlsx[{provider}] pairs export: {rows:N0} rows in {xlsx.Elapsed.TotalSeconds:F2} s = {rows / xlsx.Elapsed.TotalSeconds:N0} rows/s, {xlsxBytes / 1048576.0:N0} MB of XLSX");
            Console.WriteLine($"export-xlsx[{provider}] peak working set {xlsx.PeakWorkingSetMb:N0} MB (before {xlsx.StartWorkingSetMb:N0} MB), peak managed heap {xlsx.PeakManagedMb:N0} MB, allocated {xlsx.AllocatedMb:N0} MB");

            // name value limit ratio: rows/s against the database's own CSV of the same rows; memory against 150 MB.
            Figures.Report($"export-csv.{provider}.{rows}.rows-per-second", rows / csv.Elapsed.TotalSeconds, rows / baseline.Elapsed.TotalSeconds);
            Figures.Report($"export-csv.{provider}.{rows}.peak-working-set-mb", csv.PeakWorkingSetMb, MemoryLimitMb);
            Figures.Report($"export-csv.{provider}.{rows}.peak-managed-mb", csv.PeakManagedMb, MemoryLimitMb);
            Figures.Report($"export-xlsx.{provider}.{rows}.rows-per-second", rows / xlsx.Elapsed.TotalSeconds, rows / baseline.Elapsed.TotalSeconds);
            Figures.Report($"export-xlsx.{provider}.{rows}.peak-working-set-mb", xlsx.PeakWorkingSetMb, MemoryLimitMb);
            Figures.Report($"export-xlsx.{provider}.{rows}.peak-managed-mb", xlsx.PeakManagedMb, MemoryLimitMb);
        }

        return 0;
    }

    /// <summary>The SELECT of the pairs export (the joins, columns, filter and order EF sends), for the database's own CSV.</summary>
    private static string PairsSelect(BenchDatabase database)
    {
        var region = database.IsPostgres ? $"'{SyntheticRegion.RegionId}'" : $"'{SyntheticRegion.RegionId.ToString().ToUpperInvariant()}'";
        return $"""
            SELECT g."Id", mu."Name", mu."Oktmo", o."Name", o."Inn", g."Form", g."Format", g."Status", g."StartedAt", g."EndedAt",
                   m."Role", m."PersonId", p."Category", m."JoinedAt", m."LeftAt"
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
    private static async Task<long> ExportAsync(ServiceProvider services, string format)
    {
        await using var scope = services.CreateAsyncScope();
        var table = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExportQuery(ExportDatasets.Pairs, SyntheticRegion.RegionId, null, null, format));
        var writer = scope.ServiceProvider.GetServices<IExportWriter>().Single(w => format == "xlsx" ? w is XlsxExportWriter : w is CsvExportWriter);
        await using var output = new MonitoringBenchmarks.CountingStream();
        await writer.WriteAsync(table, output, CancellationToken.None);
        return output.Length;
    }

    private static async Task<string> StrategyAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var strategy = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.CreateExecutionStrategy();
        return $"{strategy.GetType().Name}, retries on failure: {strategy.RetriesOnFailure.ToString(CultureInfo.InvariantCulture)}";
    }
}
