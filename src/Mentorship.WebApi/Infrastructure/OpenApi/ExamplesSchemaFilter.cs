using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Mentorship.Domain.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Gives every record of the API (requests and responses) an example built from its members: a value by the
/// member's name where the rules of the domain want one (<see cref="ByName"/>: an OKTMO, an INN, a region code, an
/// academic year), else by its type (an enum's first member, a date, a uuid, one row in a list). Request examples are
/// sent to the API by a functional test, which must not refuse them as malformed: add a name here when it does.
/// </summary>
public sealed class ExamplesSchemaFilter : ISchemaFilter
{
    private const int MaxDepth = 4;

    /// <summary>
    /// The ids of the examples begin so, and end with three hex digits of the member's name and depth (ids of one
    /// example differ: validators take equal ids in one document for one schema); the example test puts real ids in
    /// their place.
    /// </summary>
    public const string ExampleIdPrefix = "3fa85f64-5717-4562-b3fc-2c963f66a";

    /// <summary>The person ids of the example pair: a mentor and a mentee are two people.</summary>
    public static readonly string MentorId = IdExample("mentor");

    public static readonly string MenteeId = IdExample("mentee");

    private static readonly Dictionary<string, Func<JsonNode>> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = () => "38",
        ["oktmo"] = () => "25701000",
        ["inn"] = () => "7707083893",

        // A СНИЛС with its check number (112-233-445: 95).
        ["snils"] = () => "112-233-445 95",
        ["startYear"] = () => "2024/2025",
        ["endYear"] = () => "2025/2026",
        ["academicYear"] = () => "2024/2025",
        ["year"] = () => 2024,
        ["lastName"] = () => "Иванова",
        ["firstName"] = () => "Мария",
        ["middleName"] = () => "Петровна",
        ["birthDate"] = () => "2012-05-14",
        ["email"] = () => "ivanova@school38.ru",
        ["phone"] = () => "+7 3952 00-00-00",
        ["title"] = () => "Программа наставничества «Учитель — учитель»",
        ["name"] = () => "Школа № 1",
        ["clientId"] = () => "school-system-38",
        ["externalId"] = () => "pupil-001",
        ["personExternalId"] = () => "teacher-001",
        ["reason"] = () => "Пара завершила работу по плану",
        ["pupilAgeFrom"] = () => 10,
        ["pupilAgeTo"] = () => 18,
        ["timeZone"] = () => "Asia/Irkutsk",
        ["capacity"] = () => 2,
        ["score"] = () => 4,
        ["grade"] = () => 7,
        ["tags"] = () => new JsonArray("математика"),
        ["competences"] = () => new JsonArray("математика"),
        ["url"] = () => "https://school38.ru/documents/1",
        ["fileReference"] = () => "https://school38.ru/documents/1",
        ["approvedBy"] = () => "Директор Иванова А. С.",
        ["website"] = () => "https://school38.ru",
        ["givenBy"] = () => "LegalRepresentative",
        ["representativeName"] = () => "Иванова Анна Сергеевна",
        ["outcome"] = () => "Completed",
    };

    /// <summary>
    /// Members whose example depends on the others of their record (a rule across members): the value, or null to
    /// leave the member out.
    /// </summary>
    private static readonly Dictionary<string, Func<JsonNode?>> ByMember = new(StringComparer.Ordinal)
    {
        // A roadmap belongs to a municipality or to an organisation, not both.
        ["CreateRoadmapCommand.organizationId"] = () => null,

        // A roadmap's period holds its academic year; an item's deadline is a date or a term, not both.
        ["CreateRoadmapCommand.startYear"] = () => 2024,
        ["CreateRoadmapCommand.endYear"] = () => 2025,
        ["UpdateRoadmapCommand.startYear"] = () => 2024,
        ["UpdateRoadmapCommand.endYear"] = () => 2025,
        ["AddRoadmapItemCommand.number"] = () => "1.1",
        ["AddRoadmapItemCommand.term"] = () => null,
        ["UpdateRoadmapItemCommand.number"] = () => "1.1",
        ["UpdateRoadmapItemCommand.term"] = () => null,

        // A partner is named by its organisation or by its INN (a new one, created with the name and kind given).
        ["AddProgrammePartnerCommand.organizationId"] = () => null,
        ["AddProgrammePartnerCommand.inn"] = () => "7736207543",

        // The kind "other" belongs to every level (the municipal kinds to municipalities only); it takes a title.
        ["AddDocumentCommand.kind"] = () => "Other",
        ["UpdateDocumentCommand.kind"] = () => "Other",

        // A pair has a mentor and a mentee.
        ["ConfirmGroupCommand.members"] = () => new JsonArray(
            new JsonObject { ["personId"] = MentorId, ["role"] = "Mentor" },
            new JsonObject { ["personId"] = MenteeId, ["role"] = "Mentee" }),

        // Options belong to a choice question, two at least.
        ["SurveyQuestionInput.kind"] = () => "Choice",
        ["SurveyQuestionInput.options"] = () => new JsonArray("Да", "Нет"),

        // A join request goes only with the representative's consent; a curator's contact is a work address.
        ["JoinRequestConsentInput.given"] = () => true,
        ["JoinRequestConsentInput.textVersion"] = () => "2024-09",
        ["SetCuratorContactCommand.workEmail"] = () => "curator@school38.ru",
        ["SetCuratorContactCommand.workPhone"] = () => "+7 3952 00-00-01",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Properties.Count: > 0 } concrete && IsOurs(context.Type)
            && !typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type) && Example(context.Type, 0) is JsonObject example)
        {
            concrete.Examples = [example];
        }
    }

    /// <summary>An example of a value of <paramref name="type"/>, or null when there is nothing sensible to show.</summary>
    public static JsonNode? Example(Type type, int depth, string? name = null)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (name is not null && ByName.TryGetValue(name, out var byName) && Fits(byName(), type) is { } value)
        {
            return value;
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type).FirstOrDefault(n => n != "None" && n != "Unknown") ?? Enum.GetNames(type).First();
        }

        return type switch
        {
            _ when type == typeof(string) => "Пример",
            _ when type == typeof(Guid) => IdExample($"{name}/{depth}"),
            _ when type == typeof(bool) => false,
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => 1,
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => 1,
            _ when type == typeof(DateOnly) => "2024-10-01",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "2024-10-01T09:00:00+00:00",
            _ when type == typeof(TimeOnly) => "15:00:00",
            _ when type == typeof(AcademicYear) => "2024/2025",
            _ when depth >= MaxDepth => null,
            _ when Dictionary(type) is { } valueType => new JsonObject { ["ключ"] = Example(valueType, depth + 1) },
            _ when Element(type) is { } element => Example(element, depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            _ when IsOurs(type) => Record(type, depth),
            _ => null,
        };
    }

    /// <summary>A value by name only where the member's type takes it: "code" is a region's code, not a form's.</summary>
    private static JsonNode? Fits(JsonNode value, Type type) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String when type == typeof(string) || type == typeof(AcademicYear) || type == typeof(DateOnly) => value,
        System.Text.Json.JsonValueKind.String when type.IsEnum && Enum.GetNames(type).Contains(value.GetValue<string>()) => value,
        System.Text.Json.JsonValueKind.Number when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal) || type == typeof(double) => value,
        System.Text.Json.JsonValueKind.Array when Element(type) == typeof(string) => value,
        _ => null,
    };

    private static JsonObject Record(Type type, int depth)
    {
        var example = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always }))
        {
            var name = SchemaTypes.JsonName(property);
            var value = ByMember.TryGetValue($"{type.Name}.{name}", out var byMember) ? byMember()
                : (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(Guid) ? IdExample($"{type.Name}.{name}")
                : Example(property.PropertyType, depth + 1, name);
            if (value is not null)
            {
                example[name] = value;
            }
        }

        return example;
    }

    private static string IdExample(string seed) => ExampleIdPrefix + StableHash(seed).ToString("x3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>FNV-1a folded to 12 bits: the same text gives the same digits in every run (string.GetHashCode does not).</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 4096);
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Mentorship", StringComparison.Ordinal) == true && type.IsClass;

    private static Type? Dictionary(Type type) => type.GetInterfaces().Append(type)
        .FirstOrDefault(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
        ?.GetGenericArguments()[1];

    private static Type? Element(Type type) => typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string)
        ? type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
        : null;
}
