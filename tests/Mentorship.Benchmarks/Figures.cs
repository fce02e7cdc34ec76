using System.Globalization;

namespace Mentorship.Benchmarks;

/// <summary>
/// The machine-readable result of every benchmark: lines <c>name value limit ratio</c> (invariant numbers, one space
/// between them; the ratio is value / limit, and <c>-</c> stands for a limit there is none of). Each figure is also
/// kept, so that <c>all</c> can print them again as one table at the end.
/// </summary>
public static class Figures
{
    private static readonly List<string> Lines = [];

    public static IReadOnlyList<string> All
    {
        get
        {
            lock (Lines)
            {
                return [.. Lines];
            }
        }
    }

    /// <summary>Prints and keeps <c>name value limit ratio</c>; without a limit, the ratio is <c>-</c> too.</summary>
    public static void Report(string name, double value, double? limit)
    {
        var ratio = limit is > 0 or < 0 ? (value / limit.Value).ToString("0.###", CultureInfo.InvariantCulture) : "-";
        var line = string.Join(' ', name, Number(value), limit is { } l ? Number(l) : "-", ratio);
        lock (Lines)
        {
            Lines.Add(line);
        }

        Console.WriteLine(line);
    }

    private static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 1000 ? "0" : "0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// Options in one style for every benchmark: <c>--name value</c>; <c>--name=value</c> is accepted too (matching's
/// old style). A flag without a value (<c>--small</c>, <c>--reuse</c>) is present or not.
/// </summary>
public sealed class BenchOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public BenchOptions(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}': options are --name value.");
            }

            var name = args[i][2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                _values[name[..equals]] = name[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                _values[name] = args[++i];
            }
            else
            {
                _values[name] = null;
            }
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int fallback) => Text(name) is { } text
        ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : fallback;
}
