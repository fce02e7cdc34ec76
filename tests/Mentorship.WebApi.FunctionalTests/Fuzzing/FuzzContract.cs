using System.Text.Json;
using Mentorship.WebApi.FunctionalTests.Api;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>What a value of a schema is, as far as a mutation cares.</summary>
public enum ValueKind
{
    Text,
    Uuid,
    Date,
    DateTime,
    AcademicYear,
    Enum,
    WholeNumber,
    Number,
    Boolean,
    Array,
    Record,
}

/// <summary>A parameter of an operation: in the path, the query or a header.</summary>
public sealed record FuzzParameter(string Name, string In, JsonElement Schema, bool Required);

/// <summary>One operation of the contract: its route, parameters, and the schema and media type of its body.</summary>
public sealed record FuzzOperation(string OperationId, string Method, string Path, IReadOnlyList<FuzzParameter> Parameters, JsonElement? Body, string? MediaType, bool Anonymous)
{
    public override string ToString() => $"{Method} {Path} ({OperationId})";
}

/// <summary>
/// The contract, api-spec/openapi.json, read as the fuzzer needs it: every path × method, with schemas resolved.
/// Every operation of the contract is fuzzed. What the contract leaves out is not: POST /api/v1/dev/token exists only
/// in Development (the tests run as "Testing", where it is not mapped), and the health checks, Swagger and the
/// Hangfire dashboard are no part of /api/v1 and take no input.
/// </summary>
public sealed class FuzzContract
{
    private readonly JsonDocument _document;
    private readonly JsonElement _schemas;

    private FuzzContract(JsonDocument document)
    {
        _document = document;
        _schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Operations = [.. ReadOperations()];
    }

    public IReadOnlyList<FuzzOperation> Operations { get; }

    public static FuzzContract Load() =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(OpenApiContractTests.RepositoryRoot(), "api-spec", "openapi.json"))));

    /// <summary>The schema itself, following a <c>$ref</c> (and a single-member allOf/oneOf wrapper) to its definition.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
                continue;
            }

            var wrapped = new[] { "allOf", "oneOf", "anyOf" }
                .Select(w => schema.TryGetProperty(w, out var options) && options.GetArrayLength() > 0 ? options[0] : (JsonElement?)null)
                .FirstOrDefault(o => o is not null);
            if (wrapped is not { } inner)
            {
                return schema;
            }

            schema = inner;
        }

        return schema;
    }

    public ValueKind KindOf(JsonElement schema, string? name = null)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("enum", out _))
        {
            return ValueKind.Enum;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : "object";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var academic = (schema.TryGetProperty("pattern", out var pattern) && pattern.GetString()!.Contains('/', StringComparison.Ordinal))
                       || string.Equals(name, "academicYear", StringComparison.OrdinalIgnoreCase);
        return (type, format) switch
        {
            ("string", "uuid") => ValueKind.Uuid,
            ("string", "date") => ValueKind.Date,
            ("string", "date-time") => ValueKind.DateTime,
            ("string", _) when academic => ValueKind.AcademicYear,
            ("string", _) => ValueKind.Text,
            ("integer", _) => ValueKind.WholeNumber,
            ("number", _) => ValueKind.Number,
            ("boolean", _) => ValueKind.Boolean,
            ("array", _) => ValueKind.Array,
            _ => ValueKind.Record,
        };
    }

    public JsonElement Schema(string name) => _schemas.GetProperty(name);

    public IEnumerable<string> EnumValues(JsonElement schema) =>
        Resolve(schema).TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).Where(v => v is not null) : [];

    public IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema) =>
        Resolve(schema).TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => (p.Name, p.Value)) : [];

    public JsonElement? Items(JsonElement schema) => Resolve(schema).TryGetProperty("items", out var items) ? items : null;

    private IEnumerable<FuzzOperation> ReadOperations()
    {
        foreach (var path in _document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new FuzzParameter(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.GetProperty("schema"),
                        p.TryGetProperty("required", out var required) && required.GetBoolean())).ToList()
                    : [];
                JsonElement? body = null;
                string? mediaType = null;
                if (operation.Value.TryGetProperty("requestBody", out var requestBody))
                {
                    var content = requestBody.GetProperty("content").EnumerateObject().First();
                    mediaType = content.Name;
                    body = content.Value.GetProperty("schema");
                }

                yield return new FuzzOperation(
                    operation.Value.GetProperty("operationId").GetString()!, operation.Name.ToUpperInvariant(), path.Name, parameters, body, mediaType,
                    Anonymous: !operation.Value.TryGetProperty("security", out _));
            }
        }
    }
}
