using System.Text;
using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>Who sends a request: the role that may call the operation.</summary>
public enum FuzzCaller
{
    Anonymous,
    Administrator,
    ApiKey,
    Mentor,
}

/// <summary>
/// One request of the fuzzer, still editable by a mutation: path values, query, headers and the body as JSON
/// (or raw bytes once a mutation broke it). A CSV operation keeps its row as a JSON object and renders it as CSV.
/// </summary>
public sealed class FuzzRequest(FuzzOperation operation, FuzzCaller caller)
{
    private const int ShownBodyLength = 600;

    public FuzzOperation Operation { get; } = operation;

    public FuzzCaller Caller { get; set; } = caller;

    public Dictionary<string, string> PathValues { get; } = [];

    public List<KeyValuePair<string, string>> Query { get; } = [];

    public Dictionary<string, string?> Headers { get; } = [];

    /// <summary>The body as JSON; a JSON <c>null</c> body is a raw body.</summary>
    public JsonNode? Body { get; set; }

    /// <summary>Bytes sent instead of <see cref="Body"/>, when a mutation made something that is not JSON.</summary>
    public byte[]? RawBody { get; set; }

    /// <summary>The Content-Type header; null sends the body without one.</summary>
    public string? ContentType { get; set; }

    public bool IsCsv => Operation.MediaType == "text/csv";

    public string Url()
    {
        var path = Operation.Path;
        foreach (var (name, value) in PathValues)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return Query.Count == 0 ? path : $"{path}?{string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"))}";
    }

    public byte[]? BodyBytes() => RawBody ?? (Operation.Body is null && Body is null ? null : Encoding.UTF8.GetBytes(IsCsv ? Csv(Body as JsonObject) : Body?.ToJsonString() ?? "null"));

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Url());
        if (BodyBytes() is { } bytes)
        {
            message.Content = new ByteArrayContent(bytes);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            if (value is not null)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>The request as the report shows it: method, URL, headers that matter, and the start of the body.</summary>
    public string Describe()
    {
        var body = BodyBytes() is { } bytes ? Encoding.UTF8.GetString(bytes) : "(no body)";
        var shown = body.Length > ShownBodyLength ? $"{body[..ShownBodyLength]}… ({body.Length} chars)" : body;
        var headers = string.Join(' ', Headers.Where(h => h.Value is not null).Select(h => $"{h.Key}: {Shorten(h.Value!)}"));
        return $"{Operation.Method} {Shorten(Url())} as {Caller} [{ContentType ?? "no content type"}] {headers}\n      body: {shown}";
    }

    private static string Shorten(string text) => text.Length > 300 ? $"{text[..300]}… ({text.Length} chars)" : text;

    /// <summary>A one-row CSV of the JSON object's members, the header naming them as the JSON batch does.</summary>
    private static string Csv(JsonObject? row)
    {
        if (row is null)
        {
            return string.Empty;
        }

        return $"{string.Join(';', row.Select(m => m.Key))}\r\n{string.Join(';', row.Select(m => Text(m.Value)))}\r\n";
    }

    /// <summary>A JSON value as plain text, as a query string or a CSV cell carries it.</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonValue v when v.TryGetValue<Guid>(out var id) => id.ToString(),
        _ => value.ToJsonString(),
    };
}
