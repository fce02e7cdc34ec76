using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Application.Exports;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>
/// A request each operation would accept, built from the contract: path ids of the world's records, some of the
/// optional query parameters, and a body with every member filled — uuids naming records by the member's name,
/// enums from their values, dates and academic years in the world's year. The contract says only "string" or
/// "integer" for a few members that want a format of their own (an e-mail, an OKTMO code); those are known by name.
/// </summary>
public sealed class BaselineBuilder(FuzzContract contract, Func<string, string, Guid> ids)
{
    private const int MaxDepth = 8;

    /// <summary>
    /// Optional members whose only valid values are rare (an INN with its check digits) or end a record (a leaving date);
    /// and a roadmap belongs to a municipality or an organisation, not both.
    /// </summary>
    private static readonly HashSet<string> LeftEmpty = new(StringComparer.OrdinalIgnoreCase) { "inn", "leftAt", "endYear", "endedAt" };
    private int _sequence;

    /// <summary>The operations that only a school system's API key may call, and the one only a group's members may.</summary>
    public static FuzzCaller CallerOf(FuzzOperation operation) => operation switch
    {
        { Anonymous: true } => FuzzCaller.Anonymous,
        { OperationId: "UpsertPeople" or "UpsertPeopleFromCsv" or "UpsertEmployments" or "ReportHeadCounts" } => FuzzCaller.ApiKey,
        { OperationId: "AddNote" } => FuzzCaller.Mentor,
        _ => FuzzCaller.Administrator,
    };

    public FuzzRequest Build(FuzzOperation operation, Random random)
    {
        var request = new FuzzRequest(operation, CallerOf(operation));
        var segments = operation.Path.Split('/');
        foreach (var parameter in operation.Parameters)
        {
            switch (parameter.In)
            {
                case "path":
                    var index = Array.IndexOf(segments, "{" + parameter.Name + "}");
                    request.PathValues[parameter.Name] = parameter.Name == "dataset"
                        ? ExportDatasets.All[random.Next(ExportDatasets.All.Count)]
                        : ids(operation.OperationId, IdKey(parameter.Name, index > 0 ? segments[index - 1] : null)).ToString();
                    break;
                case "query" when parameter.Required || random.NextDouble() < 0.3:
                    request.Query.Add(new(parameter.Name, QueryValue(operation, parameter, random)));
                    break;
                case "header" when parameter.Name == "Idempotency-Key":
                    request.Headers[parameter.Name] = Guid.NewGuid().ToString();
                    break;
            }
        }

        if (operation.Body is { } body)
        {
            request.ContentType = request.IsCsv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
            // The CSV form of the people batch is a string in the contract: its row is the JSON batch's row.
            request.Body = Value(operation.OperationId, request.IsCsv ? contract.Schema("PersonRow") : body, null, random, 0);
        }

        return request;
    }

    /// <summary>The world's record a parameter or member names: <c>{id}</c> by the segment before it, else by its own name.</summary>
    public static string IdKey(string name, string? previousSegment)
    {
        if (name is "id" or "itemId")
        {
            return previousSegment switch
            {
                "people" => "person", "programmes" => "programme", "regions" => "region", "municipalities" => "municipality",
                "organizations" => "organization", "groups" => "group", "roadmaps" => "roadmap", "surveys" => "survey", "jobs" => "job",
                "api-keys" => "apiKey", "documents" => "document", "tasks" => "task", "team" => "teamMember", "items" => "roadmapItem",
                _ => "unknown",
            };
        }

        var key = name.EndsWith("Ids", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) ? name[..^2] : name;
        key = char.ToLowerInvariant(key[0]) + key[1..];
        return key switch
        {
            "template" => "survey",
            "authorPerson" or "respondentPerson" => "menteePerson",
            "unit" => "organization",
            _ => key,
        };
    }

    public string QueryValue(FuzzOperation operation, FuzzParameter parameter, Random random) =>
        Value(operation.OperationId, parameter.Schema, parameter.Name, random, 0) is JsonValue value ? FuzzRequest.Text(value) : string.Empty;

    public JsonNode? Value(string operationId, JsonElement schema, string? name, Random random, int depth)
    {
        if (name is not null && ((LeftEmpty.Contains(name) && operationId != "EndEmployment") || (operationId == "CreateRoadmap" && name == "municipalityId")))
        {
            return null;
        }

        if (name is not null && Named(operationId, name) is { } named)
        {
            return named;
        }

        var kind = contract.KindOf(schema, name);
        return kind switch
        {
            ValueKind.Uuid => JsonValue.Create(ids(operationId, name is null ? "person" : IdKey(name, null))),
            ValueKind.Date => JsonValue.Create("2024-10-15"),
            ValueKind.DateTime => JsonValue.Create("2024-10-01T09:00:00+00:00"),
            ValueKind.AcademicYear => JsonValue.Create("2024/2025"),
            ValueKind.Enum => JsonValue.Create(Pick(contract.EnumValues(schema).ToList(), random)),
            ValueKind.Text => JsonValue.Create($"Проверка {++_sequence}"),
            ValueKind.WholeNumber => JsonValue.Create(name?.EndsWith("year", StringComparison.OrdinalIgnoreCase) == true ? 2024 : 1),
            ValueKind.Number => JsonValue.Create(50.0),
            ValueKind.Boolean => JsonValue.Create(random.Next(2) == 0),
            ValueKind.Array when depth < MaxDepth && contract.Items(schema) is { } items =>
                new JsonArray(Value(operationId, items, name is null ? null : Singular(name), random, depth + 1)),
            ValueKind.Array => new JsonArray(),
            _ when depth >= MaxDepth => null,
            _ => new JsonObject(contract.Properties(schema).Select(p => KeyValuePair.Create(p.Name, Value(operationId, p.Schema, p.Name, random, depth + 1)))),
        };
    }

    /// <summary>Members whose value needs a format or a role the contract does not state.</summary>
    private JsonNode? Named(string operationId, string name) => name.ToLowerInvariant() switch
    {
        "members" => new JsonArray(
            new JsonObject { ["personId"] = ids(operationId, "mentorPerson"), ["role"] = "Mentor" },
            new JsonObject { ["personId"] = ids(operationId, "menteePerson"), ["role"] = "Mentee" }),
        "email" => JsonValue.Create("school@example.org"),
        "url" or "website" or "filereference" => JsonValue.Create("https://example.org/doc"),
        "phone" => JsonValue.Create("+7 900 000-00-00"),
        "oktmo" => JsonValue.Create($"25{Interlocked.Increment(ref _sequence) % 1_000_000:D6}"),
        "code" when operationId.Contains("Region", StringComparison.Ordinal) => JsonValue.Create($"{10 + (Interlocked.Increment(ref _sequence) % 89)}"),
        "clientid" => JsonValue.Create("dnevnik"),
        "kind" when operationId == "CreateSurveyTemplate" => JsonValue.Create("Choice"),
        "options" => new JsonArray("Да", "Нет"),
        "category" => JsonValue.Create("Pupil"),
        "givenby" => JsonValue.Create("LegalRepresentative"),
        "form" => JsonValue.Create("PupilPupil"),
        "externalid" or "personexternalid" => JsonValue.Create($"ext-{Interlocked.Increment(ref _sequence)}"),
        "birthdate" => JsonValue.Create("2010-05-01"),
        "grade" => JsonValue.Create(7),
        "capacity" => JsonValue.Create(2),
        "pupilagefrom" => JsonValue.Create(10),
        "pupilageto" => JsonValue.Create(18),
        _ => null,
    };

    private static string Singular(string name) => name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^1] : name;

    private static string Pick(List<string> values, Random random) => values.Count == 0 ? "Unknown" : values[random.Next(values.Count)];
}
