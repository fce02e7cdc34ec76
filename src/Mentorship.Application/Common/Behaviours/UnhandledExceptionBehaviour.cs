using MediatR;
using Microsoft.Extensions.Logging;

namespace Mentorship.Application.Common.Behaviours;

/// <summary>Outermost: logs any exception a use case lets escape, with the request that caused it, and rethrows.</summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception ex) when (ex is not (Exceptions.ValidationException or Exceptions.NotFoundException or Exceptions.ConflictException
                                       or Exceptions.ForbiddenAccessException or Exceptions.PreconditionFailedException
                                       or Domain.Common.DomainException or OperationCanceledException or UnauthorizedAccessException))
        {
            logger.LogError(ex, "Request {Name} failed with an unhandled exception", typeof(TRequest).Name);
            throw;
        }
    }
}
