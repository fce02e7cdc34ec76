using Mentorship.Application.Common.Behaviours;
using Mentorship.Application.Common.Exceptions;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Query and route values with a control character (NUL above all, which PostgreSQL refuses with error 22021) are
/// a 400 naming the parameter, before any endpoint binds them: the same rule <see cref="RequestShapeGuard"/>
/// applies to the text inside requests.
/// </summary>
public sealed class ParameterTextGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var errors = new Dictionary<string, FieldError>();
        foreach (var (name, values) in context.Request.Query)
        {
            if (RequestShapeGuard.HasDisallowedCharacter(name) || values.Any(v => v is not null && RequestShapeGuard.HasDisallowedCharacter(v)))
            {
                // A name that is itself unprintable is not echoed back.
                var field = RequestShapeGuard.HasDisallowedCharacter(name) ? "query" : name;
                errors.TryAdd(field, RequestShapeGuard.DisallowedCharacter(field));
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && RequestShapeGuard.HasDisallowedCharacter(text))
            {
                errors.TryAdd(name, RequestShapeGuard.DisallowedCharacter(name));
            }
        }

        return errors.Count == 0 ? next(context) : throw new ValidationException(errors.Values);
    }
}
