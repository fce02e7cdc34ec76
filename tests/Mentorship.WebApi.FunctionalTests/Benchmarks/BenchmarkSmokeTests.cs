using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Mentorship.WebApi.FunctionalTests.Api;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Benchmarks;

/// <summary>
/// The benchmarks never crash on a fresh clone: the benchmark program built beside the tests (the project reference
/// builds it) runs <c>all --small</c>, every benchmark once at a small size, on SQLite and, when the tests have
/// PostgreSQL, on a database of its own made beside the tests' (the benchmarks drop and rebuild its public schema).
/// Each benchmark must print at least one well-formed <c>name value limit ratio</c> line with positive numbers.
/// </summary>
public sealed partial class BenchmarkSmokeTests
{
    [Test]
    [CancelAfter(900_000)]
    public async Task Every_benchmark_runs_once_at_a_small_size_and_prints_its_figures(CancellationToken cancellationToken)
    {
        var program = BenchmarkProgram();
        File.Exists(program).Should().BeTrue($"the functional tests' project reference builds the benchmarks ({program})");
        var postgres = await BenchDatabaseAsync(cancellationToken);
        try
        {
            var (exitCode, output) = await RunAsync(program, postgres, cancellationToken);
            var table = output.SkipWhile(line => line != "name value limit ratio").Skip(1).ToList();
            var figures = table.Select(line => FigureLine().Match(line)).Where(IsPositive).Select(m => m.Groups["name"].Value).ToList();
            string[] expected = postgres is null
                ? ["matching.", "public-search.sqlite.", "recompute.sqlite.", "export-csv.sqlite.", "export-xlsx.sqlite."]
                : ["matching.", "public-search.sqlite.", "public-search.postgresql.", "recompute.sqlite.", "recompute.postgresql.",
                   "export-csv.sqlite.", "export-csv.postgresql.", "export-xlsx.sqlite.", "export-xlsx.postgresql."];

            exitCode.Should().Be(0, $"every benchmark ran; the output ended with:\n{string.Join('\n', output.TakeLast(30))}");
            expected.Where(prefix => !figures.Any(name => name.StartsWith(prefix, StringComparison.Ordinal))).Should()
                .BeEmpty($"each benchmark prints a 'name value limit ratio' line with positive numbers; the table was:\n{string.Join('\n', table)}");
        }
        finally
        {
            if (postgres is not null)
            {
                await OnServerAsync($"DROP DATABASE IF EXISTS {Identifier(postgres.Database!)} WITH (FORCE)", CancellationToken.None);
            }
        }
    }

    /// <summary><c>name value limit ratio</c>: a name, then three invariant numbers.</summary>
    [GeneratedRegex(@"^(?<name>[a-z][a-z0-9.\-]*) (?<value>-?\d+(\.\d+)?) (?<limit>-?\d+(\.\d+)?) (?<ratio>-?\d+(\.\d+)?)$")]
    private static partial Regex FigureLine();

    private static bool IsPositive(Match line) =>
        line.Success && new[] { "value", "limit", "ratio" }.All(group => double.Parse(line.Groups[group].Value, CultureInfo.InvariantCulture) > 0);

    /// <summary>The benchmark program in the configuration of these tests, found from the repository root.</summary>
    private static string BenchmarkProgram()
    {
        var configuration = typeof(BenchmarkSmokeTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(OpenApiContractTests.RepositoryRoot(), "tests", "Mentorship.Benchmarks", "bin", configuration, "net10.0", "Mentorship.Benchmarks.dll");
    }

    /// <summary>Without PostgreSQL for the tests, none; with it, a new database named after the tests' and "_bench".</summary>
    private static async Task<NpgsqlConnectionStringBuilder?> BenchDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is not { Length: > 0 } configured)
        {
            return null;
        }

        var builder = new NpgsqlConnectionStringBuilder(configured);
        builder.Database = $"{builder.Database}_bench".ToLowerInvariant();
        await OnServerAsync($"DROP DATABASE IF EXISTS {Identifier(builder.Database)} WITH (FORCE)", cancellationToken);
        await OnServerAsync($"CREATE DATABASE {Identifier(builder.Database)}", cancellationToken);
        return builder;
    }

    /// <summary>A database name as a quoted identifier (names cannot be parameters; a quote inside is doubled).</summary>
    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static async Task OnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(int ExitCode, List<string> Output)> RunAsync(string program, NpgsqlConnectionStringBuilder? postgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", [program, "all", "--small"])
        {
            WorkingDirectory = Path.GetDirectoryName(program)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["MENTORSHIP_BENCH_POSTGRES"] = postgres?.ToString() ?? string.Empty;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new List<string>();
        process.ErrorDataReceived += (_, line) => TestContext.Progress.WriteLine(line.Data);
        process.BeginErrorReadLine();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                TestContext.Progress.WriteLine(line);
                output.Add(line);
            }

            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, output);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
