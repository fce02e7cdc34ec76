using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Common.Behaviours;

/// <summary>
/// Enforces the <see cref="AuthorizeAttribute"/>s of a request: no caller → 401, none of the roles → 403.
/// Each attribute must hold; within one, any of its roles will do. Jobs run as the system and pass.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string[]>> Requirements = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requirements = Requirements.GetOrAdd(typeof(TRequest), type => type.GetCustomAttributes<AuthorizeAttribute>()
            .Select(a => a.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList());
        if (requirements.Count == 0 || user.IsSystem)
        {
            return next();
        }

        if (!user.IsAuthenticated)
        {
            throw new UnauthorizedAccessException();
        }

        if (requirements.Any(roles => roles.Length > 0 && !roles.Any(user.IsInRole)))
        {
            throw new ForbiddenAccessException();
        }

        return next();
    }
}
