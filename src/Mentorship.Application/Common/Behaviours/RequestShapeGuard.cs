using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Common.Behaviours;

/// <summary>
/// Checks what every request must satisfy whatever its validator says, by walking the request as it was bound
/// (JSON, CSV rows, query): no text with a control character the databases refuse or that means nothing in a name
/// (PostgreSQL rejects NUL outright), no <c>null</c> inside a list whose elements are declared non-nullable
/// (<c>items: [null]</c>), no <c>null</c> member that its record declares non-nullable. Each finding names the
/// field as the caller wrote it (<c>items[0].lastName</c>), so that it becomes a 400 rather than a 500 deep in a
/// handler or the database.
/// </summary>
public static class RequestShapeGuard
{
    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>The errors of <paramref name="request"/>, one per field with its code; empty when its shape is sound.</summary>
    public static IReadOnlyList<FieldError> Check(object request)
    {
        var errors = new Dictionary<string, FieldError>();
        Walk(request, null, "", 0, errors);
        return [.. errors.Values];
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a character no field accepts: a control character other than tab,
    /// line feed and carriage return (NUL, ESC, DEL, C1 controls), or half of a surrogate pair.
    /// </summary>
    public static bool HasDisallowedCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The refusal of a field whose text holds a disallowed character; the catalogue names the field.</summary>
    public static FieldError DisallowedCharacter(string field) => new(field, ErrorCodes.Validation.ControlCharacter);

    private static void Walk(object? value, NullabilityInfo? declared, string path, int depth, Dictionary<string, FieldError> errors)
    {
        switch (value)
        {
            case null:
                // Only a member or element that is declared non-nullable must be present.
                if (declared is { ReadState: NullabilityState.NotNull } && depth > 0)
                {
                    // A null inside a list ("items[0]") has its own code; a missing member is simply required.
                    errors.TryAdd(path, new FieldError(path, path.EndsWith(']') ? ErrorCodes.Validation.NullElement : ErrorCodes.Validation.Required));
                }

                return;
            case string text:
                if (HasDisallowedCharacter(text))
                {
                    errors.TryAdd(path, DisallowedCharacter(path));
                }

                return;
        }

        if (depth > MaxDepth)
        {
            return;
        }

        var type = value.GetType();
        if (value is IDictionary dictionary)
        {
            var values = declared?.GenericTypeArguments.ElementAtOrDefault(1);
            foreach (DictionaryEntry entry in dictionary)
            {
                var entryPath = Join(path, Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                Walk(entry.Key as string, null, entryPath, depth + 1, errors);
                Walk(entry.Value, values, entryPath, depth + 1, errors);
            }
        }
        else if (value is IEnumerable items)
        {
            if (!Descends(ElementType(type)))
            {
                return;
            }

            var elements = declared?.ElementType ?? declared?.GenericTypeArguments.FirstOrDefault();
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, elements, $"{path}[{index++}]", depth + 1, errors);
            }
        }
        else if (IsOwnType(type))
        {
            foreach (var member in Members.GetOrAdd(type, Describe))
            {
                Walk(member.Property.GetValue(value), member.Nullability, Join(path, member.Name), depth + 1, errors);
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    // Requests, their rows and the domain's value types are the application's own; framework types are not walked.
    private static bool IsOwnType(Type type) =>
        !type.IsPrimitive && !type.IsEnum && type.Assembly.GetName().Name?.StartsWith("Mentorship.", StringComparison.Ordinal) == true;

    // A list of numbers, dates or ids holds neither text nor nulls to find: it is not walked.
    private static bool Descends(Type? element) => element is null || !element.IsValueType || IsOwnType(element);

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static Member[] Describe(Type type)
    {
        // The context caches what it read and is not thread-safe: one per type described.
        var context = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
            .Select(p => new Member(char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p, context.Create(p)))
            .ToArray();
    }

    private sealed record Member(string Name, PropertyInfo Property, NullabilityInfo Nullability);
}
