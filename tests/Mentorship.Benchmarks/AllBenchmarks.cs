using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mentorship.Benchmarks;

/// <summary>
/// <c>all [--small]</c>: every benchmark one after another, each in a process of its own (so that one's memory does
/// not weigh on the next's figures, and a crash is that benchmark's failure only); PostgreSQL parts only when
/// MENTORSHIP_BENCH_POSTGRES is set. At the end, all <c>name value limit ratio</c> lines again as one table; the exit
/// code is non-zero when any benchmark failed. <c>--small</c> takes sizes that finish in about a minute altogether;
/// otherwise each benchmark's defaults, or the sizes given (<c>--mentors --mentees --programmes --workers --seconds
/// --pupils --organizations --groups</c>).
/// </summary>
internal static partial class AllBenchmarks
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var small = options.Has("small");
        var postgres = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(MonitoringBenchmarks.PostgresVariable));
        string[] monitoringScale = small ? ["--pupils", "2000", "--organizations", "20", "--groups", "500"] : Forward(options, "pupils", "organizations", "groups");
        string[] search = small ? ["--programmes", "200", "--workers", "4", "--seconds", "1"] : Forward(options, "programmes", "workers", "seconds");
        var runs = new List<(string Label, string[] Args)>
        {
            ("matching", ["matching", .. small ? ["--mentors", "50", "--mentees", "500", "--runs", "1"] : Forward(options, "mentors", "mentees", "candidates", "runs")]),
            ("public-search sqlite", ["public-search", "--provider", "sqlite", .. search]),
        };
        if (postgres)
        {
            runs.Add(("public-search postgresql", ["public-search", "--provider", "postgresql", .. search]));
        }

        var providers = postgres ? "both" : "sqlite";
        runs.Add(("recompute", ["recompute", "--provider", providers, .. monitoringScale]));
        runs.Add(("export-csv", ["export-csv", "--provider", providers, .. monitoringScale]));

        var figures = new List<string>();
        var failed = new List<string>();
        foreach (var (label, args) in runs)
        {
            Console.WriteLine($"=== {label}: {string.Join(' ', args)}");
            var clock = Stopwatch.StartNew();
            var (exitCode, lines) = await RunChildAsync(args);
            var own = lines.Where(line => MachineLine().IsMatch(line)).ToList();
            figures.AddRange(own);
            Console.WriteLine($"=== {label}: exit code {exitCode}, {own.Count} figures, {clock.Elapsed.TotalSeconds:F0} s");
            if (exitCode != 0 || own.Count == 0)
            {
                failed.Add(label);
            }
        }

        Console.WriteLine();
        Console.WriteLine("name value limit ratio");
        figures.ForEach(Console.WriteLine);
        Console.WriteLine(failed.Count == 0 ? $"all: {runs.Count} benchmarks ran" : $"all: FAILED {string.Join(", ", failed)}");
        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>The sizes given to <c>all</c> that a benchmark takes, passed on to it.</summary>
    private static string[] Forward(BenchOptions options, params string[] names) =>
        [.. names.Where(options.Has).SelectMany(name => new[] { $"--{name}", options.Text(name) ?? string.Empty })];

    /// <summary>A machine line: a name, a positive or zero value, a limit (or <c>-</c>) and a ratio (or <c>-</c>).</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9.\-]*\S* -?\d+(\.\d+)? (-|-?\d+(\.\d+)?) (-|-?\d+(\.\d+)?)$")]
    private static partial Regex MachineLine();

    /// <summary>This program again with the given arguments; its output is echoed as it comes and kept.</summary>
    private static async Task<(int ExitCode, List<string> Lines)> RunChildAsync(string[] args)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            Console.WriteLine(line);
            lines.Add(line);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, lines);
    }
}
