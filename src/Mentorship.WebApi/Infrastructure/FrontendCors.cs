using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>The <c>Cors</c> configuration section: the single-page frontends that call the API from a browser.</summary>
public sealed class FrontendCorsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins of the frontends, e.g. "https://mentor.iro38.ru"; none by default, so no browser on another origin may call.</summary>
    public string[] FrontendOrigins { get; set; } = [];
}

/// <summary>
/// CORS for the configured frontends on every endpoint (the default policy of the CORS middleware): a page on such an
/// origin sends its bearer token, conditional and idempotent writes, and reads the headers a client needs (ETag for
/// If-Match, Location of what it created, Retry-After, Idempotent-Replayed, the file name of an export). No cookies:
/// the API takes tokens, so credentials are not allowed. The open resource (/public) keeps its own policy.
/// </summary>
public static class FrontendCors
{
    public const string IdempotentReplayedHeader = "Idempotent-Replayed";

    public static IServiceCollection AddFrontendCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FrontendCorsOptions>(configuration.GetSection(FrontendCorsOptions.Section));
        services.AddCors();

        // Read when CORS is first used, so that the configuration of the running host is the one applied.
        services.AddOptions<CorsOptions>().Configure<IOptions<FrontendCorsOptions>>((cors, options) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(options.Value.FrontendOrigins)
                .AllowAnyMethod()
                .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, IdempotencyFilter.HeaderName,
                    HeaderNames.AcceptLanguage, HeaderNames.Accept)
                .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, IdempotentReplayedHeader, HeaderNames.ContentDisposition)
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}
