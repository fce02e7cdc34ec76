namespace Mentorship.Benchmarks;

/// <summary>
/// Benchmarks are programs, not tests: <c>dotnet run -c Release --project tests/Mentorship.Benchmarks -- &lt;name&gt;</c>.
/// Each prints one line per figure, with a baseline run in the same process so that the result is a ratio.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["matching"] = MatchingBenchmark.Run,
        ["public-search"] = PublicSearchBenchmark.RunAsync,
        // recompute [--provider sqlite|postgresql|both] [--pupils 1000000] [--organizations 2000] [--groups 300000]
        ["recompute"] = MonitoringBenchmarks.RecomputeAsync,

        // export-csv [--provider sqlite|postgresql] [--pupils 1000000] [--groups 300000]: the pairs export, 1 000 000 rows
        ["export-csv"] = MonitoringBenchmarks.ExportCsvAsync,
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var benchmark))
        {
            await Console.Error.WriteLineAsync($"usage: Mentorship.Benchmarks <name> [options]; names: {(Benchmarks.Count == 0 ? "(none yet)" : string.Join(", ", Benchmarks.Keys))}");
            return args.Length == 0 ? 0 : 2;
        }

        return await benchmark(args[1..]);
    }
}
