using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;

/// <summary>
/// api-spec/openapi.json read for checking responses: the operations by method and path template, and each
/// response body's schema turned from OpenAPI 3.0 into JSON Schema 2020-12 (<c>nullable</c> becomes a <c>null</c>
/// type or an <c>anyOf</c> with null, component references become <c>$defs</c>), built once per response.
/// </summary>
public sealed class ContractDocument
{
    private static readonly Lazy<ContractDocument> Loaded = new(() => new ContractDocument(
        File.ReadAllText(Path.Combine(Api.OpenApiContractTests.RepositoryRoot(), "api-spec", "openapi.json"))));

    private readonly List<(string Template, Regex Pattern, int Parameters, JsonObject PathItem)> _paths = [];
    private readonly JsonObject _definitions = [];
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    public ContractDocument(string json)
    {
        Root = JsonNode.Parse(json)!.AsObject();
        foreach (var (template, item) in Root["paths"]!.AsObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?}", "[^/]+") + "$";
            _paths.Add((template, new Regex(pattern, RegexOptions.CultureInvariant), template.Count(c => c == '{'), item!.AsObject()));
        }

        foreach (var (name, schema) in Root["components"]?["schemas"]?.AsObject() ?? [])
        {
            _definitions[name] = ToJsonSchema(schema!);
        }
    }

    public static ContractDocument Instance => Loaded.Value;

    public JsonObject Root { get; }

    /// <summary>The path item whose template matches <paramref name="path"/>; literal segments win over parameters.</summary>
    public (string Template, JsonObject Item)? PathItem(string path) => _paths
        .Where(p => p.Pattern.IsMatch(path))
        .OrderBy(p => p.Parameters)
        .Select(p => ((string, JsonObject)?)(p.Template, p.PathItem))
        .FirstOrDefault();

    /// <summary>The JSON Schema of a response body (by a key naming operation, status and media type).</summary>
    public JsonSchema Schema(string key, JsonNode openApiSchema) => _schemas.GetOrAdd(key, _ =>
    {
        var schema = ToJsonSchema(openApiSchema).AsObject();
        var definitions = new JsonObject();
        var pending = new Stack<JsonNode>([schema]);
        while (pending.TryPop(out var node))
        {
            foreach (var name in References(node))
            {
                if (!definitions.ContainsKey(name) && _definitions[name] is { } definition)
                {
                    definitions[name] = definition.DeepClone();
                    pending.Push(definition);
                }
            }
        }

        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["$defs"] = definitions;
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions());
    });

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v
            ? [v.GetValue<string>()["#/$defs/".Length..]]
            : p.Value is null ? [] : References(p.Value)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(References),
        _ => [],
    };

    /// <summary>OpenAPI 3.0's schema dialect to JSON Schema: nullable, component references; examples dropped.</summary>
    private static JsonNode ToJsonSchema(JsonNode node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(n => n is null ? null : ToJsonSchema(n))]);
            case not JsonObject:
                return node.DeepClone();
        }

        var source = node.AsObject();
        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (key is "nullable" or "example" or "examples" || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            result[key] = key switch
            {
                "$ref" => "#/$defs/" + value!.GetValue<string>().Split('/')[^1],
                "properties" => new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ToJsonSchema(p.Value!)))),
                "enum" or "required" => value?.DeepClone(),
                _ => value is null ? null : ToJsonSchema(value),
            };
        }

        if (source["nullable"] is JsonValue nullable && nullable.GetValue<bool>())
        {
            // "allOf: [$ref]" beside "nullable: true": null is a value besides what the reference allows.
            if (result["type"] is JsonValue type && result["allOf"] is null)
            {
                result["type"] = new JsonArray(type.GetValue<string>(), "null");
                if (result["enum"] is JsonArray values)
                {
                    values.Add(null);
                }
            }
            else
            {
                return new JsonObject { ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "null" }) };
            }
        }

        return result;
    }
}
