using System.Text;
using System.Text.Json.Nodes;
using static Mentorship.WebApi.FunctionalTests.Fuzzing.BadValues;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>
/// The mutation classes: each request is an operation's baseline changed by one of them, drawn among those that apply
/// to the operation (an operation without a body has no member to remove). The table is what the report counts by.
/// </summary>
public sealed class Mutator(FuzzContract contract, BaselineBuilder baseline)
{
    private const string DeepMarker = "__deeply_nested__";

    private delegate bool Mutation(FuzzRequest request, List<Slot> slots, Random random);

    public IReadOnlyList<string> Classes => [.. Table.Keys];

    private Dictionary<string, Mutation>? _table;

    private Dictionary<string, Mutation> Table => _table ??= new()
    {
        ["baseline"] = (_, _, _) => true,
        ["control character"] = ControlCharacter,
        ["null in array"] = (r, s, g) => Pick(s.Where(x => x.Value is JsonArray), g) is { } a && Do(() => ((JsonArray)a.Value!).Insert(g.Next(((JsonArray)a.Value!).Count + 1), null)),
        ["missing member"] = MissingMember,
        ["null member"] = (r, s, g) => Pick(s.Where(x => x.IsMember && x.Value is not null), g) is { } m && Do(() => m.Set(null)),
        ["wrong json type"] = WrongType,
        ["out-of-range number"] = OutOfRange,
        ["invalid enum"] = (r, s, g) => Replace(r, s, g, k => k == ValueKind.Enum, v => JsonValue.Create(Enums[g.Next(Enums.Length)]), _ => Enums[g.Next(Enums.Length)]),
        ["invalid date, uuid or year"] = InvalidFormat,
        ["over-long string"] = (r, s, g) => Replace(r, s, g, k => k is ValueKind.Text or ValueKind.Enum or ValueKind.AcademicYear,
            _ => JsonValue.Create(new string('я', Lengths[g.Next(Lengths.Length)])), _ => new string('я', Lengths[g.Next(Lengths.Length - 1)])),
        ["oversized or deep array"] = OversizedOrDeep,
        ["unknown member"] = (r, s, g) => Pick(BodySlots.Objects(r.Body, s).ToList(), g) is { } o && Do(() => o["unexpectedMember"] = g.Next(2) == 0 ? JsonValue.Create(1) : JsonValue.Create("x")),
        ["malformed body"] = (r, s, g) => r.Operation.Body is not null && Do(() => r.RawBody = r.IsCsv ? MalformedCsv(g) : MalformedJson(r.Body?.ToJsonString() ?? "{}", g)),
        ["wrong content type"] = (r, s, g) => r.Operation.Body is not null && Do(() => r.ContentType = ContentTypes[g.Next(ContentTypes.Length)]),
        ["invalid path id"] = (r, s, g) => Pick(r.PathValues.Keys.ToList(), g) is { } p && Do(() => r.PathValues[p] = PathIds[g.Next(PathIds.Length)]),
        ["unknown id"] = (r, s, g) => Replace(r, s, g, k => k == ValueKind.Uuid, _ => JsonValue.Create(Guid.CreateVersion7()), _ => Guid.CreateVersion7().ToString(), _ => Guid.CreateVersion7().ToString()),
        ["bad header"] = BadHeader,
    };

    /// <summary>Changes <paramref name="request"/> by a class drawn among those that apply; returns the class.</summary>
    public string Mutate(FuzzRequest request, Random random)
    {
        var slots = BodySlots.Of(contract, request.Body, request.Operation.Body);
        foreach (var (name, mutation) in Table.OrderBy(_ => random.Next()))
        {
            if (mutation(request, slots, random))
            {
                if (request.Body is not null && request.RawBody is null && request.Body.ToJsonString().Contains(DeepMarker, StringComparison.Ordinal))
                {
                    var json = request.Body.ToJsonString();
                    request.RawBody = Encoding.UTF8.GetBytes(json.Replace($"\"{DeepMarker}\"", Nested(random.Next(2) == 0 ? 70 : 2_000), StringComparison.Ordinal));
                }

                return name;
            }
        }

        return "baseline";
    }

    private bool ControlCharacter(FuzzRequest r, List<Slot> s, Random g)
    {
        var bad = Characters[g.Next(Characters.Length)];
        string Insert(string text) => text.Insert(g.Next(text.Length + 1), bad);

        // A NUL in the path Kestrel refuses with 400 before routing; the in-memory test server throws instead, so the path gets another control.
        string InPath(string text) => text.Insert(g.Next(text.Length + 1), bad == "\u0000" ? "\u0001" : bad);
        return Replace(r, s, g, _ => true, v => JsonValue.Create(Insert(v is JsonValue j && j.TryGetValue<string>(out var t) ? t : "текст")), Insert, InPath, strings: true);
    }

    private bool MissingMember(FuzzRequest r, List<Slot> s, Random g)
    {
        var required = r.Operation.Parameters.Where(p => p.Required && p.In == "query").Select(p => p.Name).ToList();
        if (required.Count > 0 && g.Next(2) == 0)
        {
            r.Query.RemoveAll(q => required.Contains(q.Key));
            return true;
        }

        return Pick(s.Where(x => x.IsMember), g) is { } m && Do(m.Remove);
    }

    private bool WrongType(FuzzRequest r, List<Slot> s, Random g) => Replace(r, s, g, _ => true,
        v => OfEveryType().Where(o => o?.GetValueKind() != v?.GetValueKind()).OrderBy(_ => g.Next()).First(),
        _ => QueryWrongTypes[g.Next(QueryWrongTypes.Length)], queryKinds: k => k != ValueKind.Text);

    private bool OutOfRange(FuzzRequest r, List<Slot> s, Random g) => Replace(r, s, g, k => k is ValueKind.WholeNumber or ValueKind.Number,
        _ => JsonNode.Parse(Numbers[g.Next(Numbers.Length)]), _ => QueryNumbers[g.Next(QueryNumbers.Length)]);

    private bool InvalidFormat(FuzzRequest r, List<Slot> s, Random g)
    {
        string Bad(ValueKind kind) => kind switch
        {
            ValueKind.Uuid => Uuids[g.Next(Uuids.Length)],
            ValueKind.Date => Dates[g.Next(Dates.Length)],
            ValueKind.DateTime => DateTimes[g.Next(DateTimes.Length)],
            _ => AcademicYears[g.Next(AcademicYears.Length)],
        };
        bool Formatted(ValueKind k) => k is ValueKind.Uuid or ValueKind.Date or ValueKind.DateTime or ValueKind.AcademicYear;
        var slot = Pick(s.Where(x => Formatted(x.Kind)), g);
        var parameter = Pick(r.Operation.Parameters.Where(p => p.In == "query" && Formatted(contract.KindOf(p.Schema, p.Name))), g);
        if (slot is not null && (parameter is null || g.Next(2) == 0))
        {
            slot.Set(JsonValue.Create(Bad(slot.Kind)));
            return true;
        }

        return parameter is not null && Do(() => SetQuery(r, parameter.Name, Bad(contract.KindOf(parameter.Schema, parameter.Name))));
    }

    private bool OversizedOrDeep(FuzzRequest r, List<Slot> s, Random g)
    {
        if (Pick(s.Where(x => x.Value is JsonArray { Count: > 0 }), g) is { } array && g.Next(2) == 0)
        {
            var element = ((JsonArray)array.Value!)[0];
            array.Set(new JsonArray([.. Enumerable.Range(0, g.Next(2) == 0 ? 1_001 : 10_000).Select(_ => element?.DeepClone())]));
            return true;
        }

        return Pick(s, g) is { } slot && Do(() => slot.Set(JsonValue.Create(DeepMarker)));
    }

    private static bool BadHeader(FuzzRequest r, List<Slot> s, Random g)
    {
        var names = r.Operation.Parameters.Where(p => p.In == "header").Select(p => p.Name).Append("Authorization").ToList();
        var name = names[g.Next(names.Count)];
        r.Headers[name] = name switch
        {
            "If-Match" => IfMatch[g.Next(IfMatch.Length)],
            "Idempotency-Key" => IdempotencyKeys[g.Next(IdempotencyKeys.Length)],
            _ => Authorizations[g.Next(Authorizations.Length)],
        };
        return true;
    }

    /// <summary>
    /// Replaces a body slot whose kind matches (and, when <paramref name="strings"/>, that holds a string) or a query
    /// parameter of a matching kind — added if the baseline left it out — or, given <paramref name="path"/>, a path value.
    /// </summary>
    private bool Replace(FuzzRequest r, List<Slot> s, Random g, Func<ValueKind, bool> kinds, Func<JsonNode?, JsonNode?> body, Func<string, string> query,
        Func<string, string>? path = null, bool strings = false, Func<ValueKind, bool>? queryKinds = null)
    {
        var slots = s.Where(x => kinds(x.Kind) && (!strings || x.IsString)).ToList();
        var parameters = r.Operation.Parameters.Where(p => p.In == "query" && kinds(contract.KindOf(p.Schema, p.Name)) && (queryKinds ?? (_ => true))(contract.KindOf(p.Schema, p.Name)))
            .Concat(path is not null ? r.Operation.Parameters.Where(p => p.In == "path") : []).ToList();
        var total = slots.Count + parameters.Count;
        if (total == 0)
        {
            return false;
        }

        var index = g.Next(total);
        if (index < slots.Count)
        {
            slots[index].Set(body(slots[index].Value));
            return true;
        }

        var parameter = parameters[index - slots.Count];
        if (parameter.In == "path")
        {
            r.PathValues[parameter.Name] = path!(r.PathValues[parameter.Name]);
            return true;
        }

        var current = r.Query.FirstOrDefault(q => q.Key == parameter.Name).Value ?? baseline.QueryValue(r.Operation, parameter, g);
        SetQuery(r, parameter.Name, query(current));
        return true;
    }

    private static void SetQuery(FuzzRequest r, string name, string value)
    {
        r.Query.RemoveAll(q => q.Key == name);
        r.Query.Add(new(name, value));
    }

    private static T? Pick<T>(IEnumerable<T> items, Random random)
        where T : class
    {
        var list = items as IList<T> ?? items.ToList();
        return list.Count == 0 ? null : list[random.Next(list.Count)];
    }

    private static bool Do(Action action)
    {
        action();
        return true;
    }
}
