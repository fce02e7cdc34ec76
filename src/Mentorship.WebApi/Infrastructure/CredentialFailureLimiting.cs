using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Rate limiting that runs before authentication: every request whose API key or token fails counts against its
/// client address, and once an address has used up <c>RateLimiting:FailedCredentials:PermitLimit</c> in a window,
/// its requests that carry credentials are refused with 429 before any key is looked up or token validated — so
/// guessing keys costs the guesser, not the database. Requests without credentials, and callers whose credentials
/// are valid, are limited after authentication (<see cref="RateLimiting"/>), per address and per user. One instance
/// per process (a singleton), so the counts are per instance like the other limits.
/// </summary>
public sealed class CredentialFailureLimiting(IOptions<RateLimitingOptions> options) : IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.FailedCredentials.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, options.Value.WindowSeconds)),
            QueueLimit = 0,
        }));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!AuthenticationSetup.CarriesCredentials(context))
        {
            await next(context);
            return;
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        // Asking for no permit tells whether any is left without taking one.
        using (var probe = _failures.AttemptAcquire(address, 0))
        {
            if (!probe.IsAcquired)
            {
                await RateLimiting.WriteTooManyRequestsAsync(context, probe);
                return;
            }
        }

        await next(context);

        if (context.User.Identity?.IsAuthenticated != true)
        {
            using var failure = _failures.AttemptAcquire(address);
        }
    }

    public void Dispose() => _failures.Dispose();
}
