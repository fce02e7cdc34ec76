using FluentValidation;
using MediatR;

namespace Mentorship.Application.Common.Behaviours;

/// <summary>
/// Checks the request's shape (<see cref="RequestShapeGuard"/>: control characters, nulls in lists and required
/// members), then runs every validator of the request once, before the handler; all failures together become one
/// 400. A request of a bad shape stops at the first step, so that validators and handlers may rely on its shape.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var shape = RequestShapeGuard.Check(request!);
        if (shape.Count != 0)
        {
            throw new Exceptions.ValidationException(shape);
        }

        if (validators.Any())
        {
            var context = new ValidationContext<TRequest>(request);
            var results = await Task.WhenAll(validators.Select(v => v.ValidateAsync(context, cancellationToken)));
            var failures = results.SelectMany(r => r.Errors).Where(f => f is not null).ToList();
            if (failures.Count != 0)
            {
                throw new Exceptions.ValidationException(failures);
            }
        }

        return await next();
    }
}
