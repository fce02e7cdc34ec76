using System.Diagnostics;
using System.Text;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>What a fuzz run sent and got back, per mutation class and status; every 5xx and every row a refusal changed.</summary>
public sealed class FuzzReport(DatabaseProvider provider, int seed, IReadOnlyList<string> classes)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int[]> _byClass = classes.ToDictionary(c => c, _ => new int[4]);
    private readonly SortedDictionary<int, int> _statuses = [];
    private readonly HashSet<string> _operations = [];
    private readonly HashSet<string> _accepted = [];

    public int Sent { get; private set; }

    public int OperationsSent => _operations.Count;

    public List<string> ServerErrors { get; } = [];

    public List<string> RowsChanged { get; } = [];

    public int Fingerprints { get; set; }

    /// <summary>Time spent taking database fingerprints, of the run's whole time.</summary>
    public Stopwatch FingerprintTime { get; } = new();

    /// <summary>Operations whose unmutated baseline was refused, with the status and the refusal's code.</summary>
    private readonly List<string> _refusedBaselines = [];

    public void Record(FuzzRequest request, string mutation, int status, string? baselineResponse = null)
    {
        if (baselineResponse is not null && status >= 400)
        {
            var match = System.Text.RegularExpressions.Regex.Match(baselineResponse, "\"code\":\"([^\"]+)\"(?:,\"errorCodes\":(\\{[^}]*\\}))?");
            var code = match.Groups[1].Value + match.Groups[2].Value;
            _refusedBaselines.Add($"{request.Operation.OperationId} {status} {code}");
        }

        Sent++;
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        var counts = _byClass[mutation];
        counts[0]++;
        counts[status switch { < 400 => 1, < 500 => 2, _ => 3 }]++;
        _operations.Add(request.Operation.OperationId);
        if (status < 300)
        {
            _accepted.Add(request.Operation.OperationId);
        }
    }

    public void ServerError(FuzzRequest request, string mutation, int status, string response) =>
        ServerErrors.Add($"{status} {request.Operation.OperationId} [{mutation}]\n      {request.Describe()}\n      response: {Shorten(response)}");

    public void RowChange(FuzzRequest request, string mutation, int status, IEnumerable<string> tables) =>
        RowsChanged.Add($"{status} {request.Operation.OperationId} [{mutation}] changed {string.Join("; ", tables)}\n      {request.Describe()}");

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"Contract fuzz on {provider}: seed {seed} (set {ContractFuzzTests.SeedVariable} to repeat), {Sent} requests over {_operations.Count} operations " +
                        $"({_accepted.Count} accepted at least once) in {_clock.Elapsed.TotalSeconds:F1} s, {Fingerprints} full database fingerprints ({FingerprintTime.Elapsed.TotalSeconds:F1} s of it, change detector included)");
        text.AppendLine($"  5xx: {ServerErrors.Count}; rows changed by rejected requests: {RowsChanged.Count}");
        text.AppendLine($"  status: {string.Join(", ", _statuses.Select(s => $"{s.Key} × {s.Value}"))}");
        text.AppendLine($"  {"mutation class",-28} {"sent",6} {"2xx/3xx",8} {"4xx",6} {"5xx",5}");
        foreach (var (name, c) in _byClass)
        {
            text.AppendLine($"  {name,-28} {c[0],6} {c[1],8} {c[2],6} {c[3],5}");
        }

        text.AppendLine($"  baselines refused ({_refusedBaselines.Count}; by the state the world is in, or rules the contract does not state): {string.Join(", ", _refusedBaselines)}");
        foreach (var failure in ServerErrors.Concat(RowsChanged).Take(40))
        {
            text.AppendLine($"  ✗ {failure}");
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length > 1_500 ? text[..1_500] + "…" : text;
}
