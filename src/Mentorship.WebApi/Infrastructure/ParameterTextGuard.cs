using Mentorship.Application.Common.Behaviours;
using Mentorship.Application.Common.Exceptions;
using Microsoft.Extensions.Primitives;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Query and route values with a control character (NUL above all, which PostgreSQL refuses with error 22021) are
/// a 400 naming the parameter, before any endpoint binds them: the same rule <see cref="RequestShapeGuard"/>
/// applies to the text inside requests. It runs on every request, so a clean one allocates nothing here.
/// </summary>
public sealed class ParameterTextGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        Dictionary<string, FieldError>? errors = null;
        foreach (var (name, values) in context.Request.Query)
        {
            if (RequestShapeGuard.HasDisallowedCharacter(name) || AnyDisallowed(values))
            {
                // A name that is itself unprintable is not echoed back.
                var field = RequestShapeGuard.HasDisallowedCharacter(name) ? "query" : name;
                (errors ??= []).TryAdd(field, RequestShapeGuard.DisallowedCharacter(field));
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && RequestShapeGuard.HasDisallowedCharacter(text))
            {
                (errors ??= []).TryAdd(name, RequestShapeGuard.DisallowedCharacter(name));
            }
        }

        return errors is null ? next(context) : throw new ValidationException(errors.Values);
    }

    private static bool AnyDisallowed(StringValues values)
    {
        foreach (var value in values)
        {
            if (value is not null && RequestShapeGuard.HasDisallowedCharacter(value))
            {
                return true;
            }
        }

        return false;
    }
}
