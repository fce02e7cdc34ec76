namespace Mentorship.Benchmarks;

/// <summary>
/// Benchmarks are programs, not tests: <c>dotnet run -c Release --project tests/Mentorship.Benchmarks -- &lt;name&gt; [--option value …]</c>,
/// or <c>all [--small]</c> for every one in turn. Each runs its limit in the same process on the same data and prints
/// its figures as lines <c>name value limit ratio</c> (<see cref="Figures"/>) beside lines for people.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        // matching [--mentors 5000] [--mentees 50000] [--candidates 20] [--runs 3] (--name=value is accepted too)
        ["matching"] = MatchingBenchmark.Run,

        // public-search [--provider sqlite|postgresql] [--programmes 10000] [--workers 50] [--seconds 10] [--output-cache-seconds 60] [--accept-encoding identity]
        ["public-search"] = PublicSearchBenchmark.RunAsync,

        // recompute [--provider sqlite|postgresql|both] [--pupils 1000000] [--organizations 2000] [--groups 300000]
        ["recompute"] = MonitoringBenchmarks.RecomputeAsync,

        // export-csv [--provider sqlite|postgresql|both] [--pupils 1000000] [--groups 300000]: the pairs export, 1 000 000 rows
        ["export-csv"] = ExportBenchmark.RunAsync,
    };

    public static async Task<int> Main(string[] args)
    {
        var usage = $"usage: Mentorship.Benchmarks <name> [--option value …] | all [--small]; names: {string.Join(", ", Benchmarks.Keys)}";
        try
        {
            if (args.Length > 0 && string.Equals(args[0], "all", StringComparison.OrdinalIgnoreCase))
            {
                return await AllBenchmarks.RunAsync(new BenchOptions(args[1..]));
            }

            if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var benchmark))
            {
                await Console.Error.WriteLineAsync(usage);
                return args.Length == 0 ? 0 : 2;
            }

            return await benchmark(args[1..]);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            // A mistyped option: said plainly, with the usage, rather than as a crash.
            await Console.Error.WriteLineAsync($"{e.Message}\n{usage}");
            return 2;
        }
    }
}
