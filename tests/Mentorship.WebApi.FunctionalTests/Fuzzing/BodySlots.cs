using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>A place in a JSON body that a mutation can change: a member of an object or an element of an array, with its schema.</summary>
public sealed record Slot(JsonNode Parent, string? Member, int Index, ValueKind Kind, string Path)
{
    public JsonNode? Value => Member is not null ? ((JsonObject)Parent)[Member] : ((JsonArray)Parent)[Index];

    public bool IsMember => Member is not null;

    public bool IsString => Value is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    public void Set(JsonNode? value)
    {
        if (Member is not null)
        {
            ((JsonObject)Parent)[Member] = value;
        }
        else
        {
            ((JsonArray)Parent)[Index] = value;
        }
    }

    public void Remove()
    {
        if (Member is not null)
        {
            ((JsonObject)Parent).Remove(Member);
        }
        else
        {
            ((JsonArray)Parent).RemoveAt(Index);
        }
    }
}

/// <summary>Walks a body beside its schema and lists every slot in it.</summary>
public static class BodySlots
{
    public static List<Slot> Of(FuzzContract contract, JsonNode? body, JsonElement? schema)
    {
        var slots = new List<Slot>();
        if (body is not null)
        {
            Walk(contract, body, schema, "$", slots);
        }

        return slots;
    }

    /// <summary>The objects of a body, the body itself first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? body, List<Slot> slots) =>
        (body is JsonObject root ? [root] : Array.Empty<JsonObject>()).Concat(slots.Select(s => s.Value).OfType<JsonObject>());

    private static void Walk(FuzzContract contract, JsonNode node, JsonElement? schema, string path, List<Slot> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                var properties = schema is { } s ? contract.Properties(s).ToDictionary(p => p.Name, p => p.Schema) : [];
                foreach (var (name, child) in obj.ToList())
                {
                    JsonElement? childSchema = properties.TryGetValue(name, out var found) ? found : null;
                    slots.Add(new Slot(obj, name, -1, KindOf(contract, childSchema, child, name), $"{path}.{name}"));
                    if (child is JsonObject or JsonArray)
                    {
                        Walk(contract, child, childSchema, $"{path}.{name}", slots);
                    }
                }

                break;
            case JsonArray array:
                var items = schema is { } a ? contract.Items(a) : null;
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add(new Slot(array, null, i, KindOf(contract, items, array[i], null), $"{path}[{i}]"));
                    if (array[i] is JsonObject or JsonArray)
                    {
                        Walk(contract, array[i]!, items, $"{path}[{i}]", slots);
                    }
                }

                break;
        }
    }

    private static ValueKind KindOf(FuzzContract contract, JsonElement? schema, JsonNode? value, string? name) =>
        schema is { } s ? contract.KindOf(s, name) : value switch
        {
            JsonObject => ValueKind.Record,
            JsonArray => ValueKind.Array,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => ValueKind.Number,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => ValueKind.Boolean,
            _ => ValueKind.Text,
        };
}
