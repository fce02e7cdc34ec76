using System.Collections;
using System.Reflection;
using FluentValidation;
using Mentorship.Application.Common.Behaviours;
using Mentorship.Domain.Common;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Finds the members a request must carry by asking the API itself: it builds the request as an empty JSON body
/// would bind (each member null or its default, each list with one empty element so that the rows' own demands
/// show), and runs the shape guard and the request's validators on it, as the validation behaviour does. A member
/// refused as missing — <c>validation.required</c>, NotNull or NotEmpty — is required; a conditional rule counts
/// only when its condition holds for an empty request.
/// </summary>
public sealed class RequiredRequestMembers(IServiceProvider services)
{
    private const int MaxDepth = 4;

    private readonly Dictionary<Type, HashSet<string>> _required = [];

    public IEnumerable<string> Of(Type type) => _required.TryGetValue(type, out var names) ? names : [];

    public async Task ProbeAsync(Type requestType, CancellationToken cancellationToken)
    {
        // Lists empty first (a NotEmpty list shows), then each with one empty row (the rows' members show).
        foreach (var withRows in new[] { false, true })
        {
            var request = Empty(requestType, withRows, 0);
            if (request is null)
            {
                continue;
            }

            foreach (var error in RequestShapeGuard.Check(request).Where(e => e.Code == ErrorCodes.Validation.Required))
            {
                Add(requestType, error.Field);
            }

            var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(requestType), request)!;
            foreach (var validator in services.GetServices(typeof(IValidator<>).MakeGenericType(requestType)).OfType<IValidator>())
            {
                var failures = (await validator.ValidateAsync(context, cancellationToken)).Errors;
                foreach (var failure in failures.Where(f => f.ErrorCode is "NotNullValidator" or "NotEmptyValidator"))
                {
                    Add(requestType, failure.PropertyName);
                }
            }
        }
    }

    /// <summary>Records <c>items[0].lastName</c> as "lastName is required in the type of items' elements".</summary>
    private void Add(Type root, string path)
    {
        var type = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var name = segments[i].Split('[')[0];
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return;
            }

            if (i == segments.Length - 1)
            {
                if (!_required.TryGetValue(type, out var names))
                {
                    _required[type] = names = [];
                }

                names.Add(SchemaTypes.JsonName(property));
                return;
            }

            type = segments[i].Contains('[', StringComparison.Ordinal) && ElementType(property.PropertyType) is { } element ? element : property.PropertyType;
        }
    }

    /// <summary>The request as an empty body binds: the widest constructor, each argument its default or null.</summary>
    private static object? Empty(Type type, bool withRows, int depth)
    {
        if (depth > MaxDepth || type.IsAbstract || type.IsInterface)
        {
            return null;
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        var arguments = constructor.GetParameters().Select(p => p.HasDefaultValue
            ? p.DefaultValue ?? DefaultOf(p.ParameterType)
            : Value(p.ParameterType, withRows, depth)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Value(Type type, bool withRows, int depth)
    {
        if (withRows && ElementType(type) is { } element && IsRecord(element) && Empty(element, withRows, depth + 1) is { } row)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(row);
            if (type.IsArray)
            {
                var array = Array.CreateInstance(element, 1);
                list.CopyTo(array, 0);
                return array;
            }

            return type.IsAssignableFrom(list.GetType()) ? list : DefaultOf(type);
        }

        return DefaultOf(type);
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Mentorship", StringComparison.Ordinal) == true;

    private static Type? ElementType(Type type) => type == typeof(string)
        ? null
        : type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
