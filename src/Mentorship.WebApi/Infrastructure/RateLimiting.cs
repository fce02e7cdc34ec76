using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>The <c>RateLimiting</c> configuration section: requests per window for each kind of caller.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public int WindowSeconds { get; set; } = 60;

    public CallerLimit Anonymous { get; set; } = new() { PermitLimit = 120 };

    public CallerLimit Authenticated { get; set; } = new() { PermitLimit = 1200 };

    /// <summary>
    /// Requests with a wrong API key or token per client address and window; above it the address's requests that
    /// carry credentials are refused before any credential is checked.
    /// </summary>
    public CallerLimit FailedCredentials { get; set; } = new() { PermitLimit = 20 };

    /// <summary>
    /// Join requests sent from the open information resource per client address and window of their own: a person
    /// sends a few, a script thousands.
    /// </summary>
    public WindowedLimit JoinRequests { get; set; } = new() { PermitLimit = 5, WindowSeconds = 3600 };

    public sealed class CallerLimit
    {
        public int PermitLimit { get; set; }
    }

    public sealed class WindowedLimit
    {
        public int PermitLimit { get; set; }

        public int WindowSeconds { get; set; }
    }
}

/// <summary>
/// Rate limiting per client: an authenticated caller by its user id, an anonymous one by its IP address with a
/// stricter limit. A refused request answers 429 with Retry-After and problem details.
/// </summary>
public static class RateLimiting
{
    public const string PerClientPolicy = "PerClient";

    /// <summary>The public join requests: per client address, authenticated or not (<c>RateLimiting:JoinRequests</c>).</summary>
    public const string JoinRequestsPolicy = "JoinRequests";

    public static IServiceCollection AddMentorshipRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.Section));
        services.AddSingleton<CredentialFailureLimiting>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejection;
            options.AddPolicy(PerClientPolicy, Partition);
            options.AddPolicy(JoinRequestsPolicy, JoinRequestsPartition);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var user = context.User;
        var userId = user.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity.Name
            : null;
        var (key, limit) = userId is not null
            ? ($"user:{userId}", settings.Authenticated.PermitLimit)
            : ($"ip:{context.Connection.RemoteIpAddress}", settings.Anonymous.PermitLimit);

        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
            QueueLimit = 0,
        });
    }

    private static RateLimitPartition<string> JoinRequestsPartition(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.JoinRequests;
        return RateLimitPartition.GetFixedWindowLimiter($"join:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
            QueueLimit = 0,
        });
    }

    private static ValueTask WriteRejection(OnRejectedContext context, CancellationToken cancellationToken) =>
        new(WriteTooManyRequestsAsync(context.HttpContext, context.Lease));

    /// <summary>429 with Retry-After (from the lease, else one window) and problem details with its code.</summary>
    public static async Task WriteTooManyRequestsAsync(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.WindowSeconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = ProblemDetailsExceptionHandler.TitleOf(StatusCodes.Status429TooManyRequests),
                Detail = Catalogue.Error(ErrorCodes.Common.TooManyRequests),
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Extensions = { [ProblemDetailsExceptionHandler.CodeMember] = ErrorCodes.Common.TooManyRequests },
            },
        });
    }
}
