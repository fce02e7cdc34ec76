using System.Diagnostics;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace Mentorship.Application.Common.Behaviours;

/// <summary>Logs each request with its duration; a slow one (over 500 ms) as a warning.</summary>
public sealed class PerformanceBehaviour<TRequest, TResponse>(ILogger<TRequest> logger, ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    private const long SlowMilliseconds = 500;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var level = elapsed > SlowMilliseconds ? LogLevel.Warning : LogLevel.Information;
        logger.Log(level, "Request {Name} by {User} took {Elapsed} ms", typeof(TRequest).Name, currentUser.Id ?? "anonymous", elapsed);
        return response;
    }
}
