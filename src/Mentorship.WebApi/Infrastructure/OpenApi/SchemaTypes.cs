using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The CLR type behind each component schema (recorded as schema ids are given), and the small helpers the contract
/// filters share: walking a document's references, JSON member names, nullable flags.
/// </summary>
public static class SchemaTypes
{
    private static readonly ConcurrentDictionary<string, Type> Types = new();

    public static string Register(Type type, string id)
    {
        Types[id] = type;
        return id;
    }

    public static Type? Of(string id) => Types.TryGetValue(id, out var type) ? type : null;

    /// <summary>The id of the component a schema refers to, directly or through a one-item allOf.</summary>
    public static string? ReferenceId(IOpenApiSchema? schema) => schema switch
    {
        OpenApiSchemaReference reference => reference.Reference.Id,
        OpenApiSchema { AllOf: [OpenApiSchemaReference only] } => only.Reference.Id,
        _ => null,
    };

    /// <summary>Every component reachable from <paramref name="roots"/> through properties, items, allOf/anyOf/oneOf and maps.</summary>
    public static HashSet<string> Reachable(OpenApiDocument document, IEnumerable<IOpenApiSchema?> roots)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference reference)
            {
                if (reference.Reference.Id is { } id && seen.Add(id) && document.Components?.Schemas?.TryGetValue(id, out var target) == true)
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }

        return seen;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        (schema.Properties?.Values ?? [])
        .Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? [])
        .Append(schema.Items).Append(schema.AdditionalProperties)
        .OfType<IOpenApiSchema>();

    /// <summary>The schemas of the operations' request bodies, or of their responses.</summary>
    public static IEnumerable<IOpenApiSchema?> BodySchemas(OpenApiDocument document, bool requests) =>
        from path in document.Paths.Values
        from operation in (IEnumerable<OpenApiOperation>?)path.Operations?.Values ?? []
        from content in requests
            ? (IEnumerable<OpenApiMediaType>?)operation.RequestBody?.Content?.Values ?? []
            : ((IEnumerable<IOpenApiResponse>?)operation.Responses?.Values ?? []).SelectMany(r => (IEnumerable<OpenApiMediaType>?)r.Content?.Values ?? [])
        select content.Schema;

    /// <summary>The CLR property serialised under <paramref name="jsonName"/>.</summary>
    public static PropertyInfo? Property(Type type, string jsonName) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .FirstOrDefault(p => JsonName(p) == jsonName);

    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>A member the serialiser leaves out when it is null or default (ProblemDetails' detail, instance …).</summary>
    public static bool IsOmittedWhenEmpty(PropertyInfo property) =>
        property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: not JsonIgnoreCondition.Never };

    /// <summary>Says that <c>null</c> is (or is not) a value of the property, whether it is a plain or an allOf-wrapped schema.</summary>
    public static void SetNullable(IOpenApiSchema property, bool nullable)
    {
        if (property is not OpenApiSchema schema)
        {
            return;
        }

        var type = nullable ? (schema.Type ?? 0) | JsonSchemaType.Null : (schema.Type ?? 0) & ~JsonSchemaType.Null;
        schema.Type = type == 0 ? null : type;
    }
}
