using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;

/// <summary>
/// Checks every response a test receives against api-spec/openapi.json: the operation exists for the method and
/// path, the status is declared, the media type is declared, the body validates against the declared schema, the
/// required headers are there and the headers clients rely on (ETag, Location, Retry-After, Idempotent-Replayed)
/// are declared where they come. A violation is recorded against the running test, which fails in its TearDown
/// (<see cref="ContractViolations"/>). Paths outside the API (/swagger, /hangfire, /health) and CORS preflights are
/// not part of it.
/// </summary>
public sealed class ContractValidatingHandler : DelegatingHandler
{
    private static readonly string[] WatchedHeaders = ["ETag", "Location", "Retry-After", "Idempotent-Replayed"];

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri?.AbsolutePath ?? "";
        // A CORS preflight (OPTIONS) is answered by the CORS middleware for every operation, not by one.
        if (path.StartsWith("/api/v1/", StringComparison.Ordinal) && request.Method != HttpMethod.Options)
        {
            var problems = await CheckAsync(request.Method, path, response);
            ContractViolations.Record(problems.Select(p => $"{request.Method} {path} → {(int)response.StatusCode}: {p}"));
        }

        return response;
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(HttpMethod method, string path, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var contract = ContractDocument.Instance;
        var found = contract.PathItem(path);
        var operation = found?.Item[method.Method.ToLowerInvariant()]?.AsObject();
        if (operation is null)
        {
            // No route or no such method: the framework's own 404/405, not an operation's answer.
            return response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed
                ? []
                : [$"no operation {method.Method} {found?.Template ?? path} in the contract"];
        }

        ContractViolations.CountValidated();
        var key = $"{method.Method} {found!.Value.Template} {status}";
        if (operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not JsonObject declared)
        {
            return [$"status {status} is not declared (declared: {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))})"];
        }

        var problems = new List<string>();
        CheckHeaders(response, declared, problems);

        var body = response.Content is null ? [] : await response.Content.ReadAsByteArrayAsync();
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (body.Length == 0)
        {
            return problems;
        }

        if (declared["content"] is not JsonObject content || mediaType is null || content[mediaType] is not JsonObject media)
        {
            problems.Add($"body of media type {mediaType ?? "(none)"} is not declared (declared: {string.Join(", ", (declared["content"] as JsonObject)?.Select(c => c.Key) ?? Enumerable.Empty<string>())})");
            return problems;
        }

        if (response.Content!.Headers.ContentEncoding.ToArray() is [var coding])
        {
            // A content coding is transport of the same representation (RFC 9110 §8.4): the schema is the decoded body's.
            if (ContentCodings.Decode(body, coding) is not { } decoded)
            {
                problems.Add($"content coding {coding} is not one the API sends");
                return problems;
            }

            body = decoded;
        }

        if (media["schema"] is { } schema && mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            using var document = JsonDocument.Parse(body);
            var results = contract.Schema($"{key} {mediaType}", schema).Evaluate(document.RootElement, Evaluation);
            if (!results.IsValid)
            {
                problems.Add($"body does not match its schema: {Errors(results)}");
            }
        }

        return problems;
    }

    private static void CheckHeaders(HttpResponseMessage response, JsonObject declared, List<string> problems)
    {
        var headers = declared["headers"] as JsonObject ?? [];
        foreach (var (name, header) in headers)
        {
            if (header?["required"]?.GetValue<bool>() == true && !Has(response, name))
            {
                problems.Add($"required header {name} is missing");
            }
        }

        foreach (var name in WatchedHeaders.Where(n => Has(response, n) && !headers.Any(h => string.Equals(h.Key, n, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add($"header {name} is sent but not declared");
        }
    }

    private static bool Has(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content?.Headers.NonValidated.Contains(name) == true;

    private static string Errors(EvaluationResults results) => string.Join("; ", (results.Details ?? [results])
        .Where(d => d.Errors is { Count: > 0 })
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
        .Take(5));
}

/// <summary>Clients of the application whose every response is checked against the contract.</summary>
public static class ContractClients
{
    /// <summary>Like <c>CreateClient()</c> (redirects and cookies handled), with the contract check outermost.</summary>
    public static HttpClient CreateContractClient(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.CreateDefaultClient(new Uri("http://localhost"), new ContractValidatingHandler(),
            new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
}

/// <summary>The contract violations of the responses each test received, and how many responses were checked.</summary>
public static class ContractViolations
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> ByTest = new();
    private static long _validated;

    public static long Validated => Interlocked.Read(ref _validated);

    public static void CountValidated() => Interlocked.Increment(ref _validated);

    public static void Record(IEnumerable<string> violations)
    {
        foreach (var violation in violations)
        {
            ByTest.GetOrAdd(TestContext.CurrentContext.Test.ID ?? "", _ => new ConcurrentQueue<string>()).Enqueue(violation);
        }
    }

    /// <summary>The violations recorded for the current test, removed from the record.</summary>
    public static IReadOnlyList<string> TakeForCurrentTest() =>
        ByTest.TryRemove(TestContext.CurrentContext.Test.ID ?? "", out var violations) ? [.. violations.Distinct()] : [];
}
