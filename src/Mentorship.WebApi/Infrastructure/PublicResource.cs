using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public;
using Mentorship.Infrastructure.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>The <c>Public</c> configuration section, as far as HTTP is concerned.</summary>
public sealed class PublicHttpOptions
{
    /// <summary>How long browsers and shared caches may reuse a public response without asking again.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// How long this server keeps a public response in its own cache (output cache) and answers from it without asking
    /// the database; 0 turns that off. Every change to what the public sees evicts it at once, on this instance.
    /// </summary>
    public int OutputCacheSeconds { get; set; } = 60;

    /// <summary>The frontends that may call the public endpoints from a browser (CORS), e.g. "https://mentor.example.ru".</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>The open information resource's HTTP side: configuration, CORS for the frontends, caching.</summary>
public static class PublicResource
{
    public const string CorsPolicy = "PublicResource";

    /// <summary>CORS of the one public write, the join request (POST with a JSON body and an Idempotency-Key), and of its status.</summary>
    public const string JoinRequestsCorsPolicy = "PublicJoinRequests";

    /// <summary>
    /// The output-cache policy of the public endpoints: anonymous GETs, varied by the whole query string (names in any
    /// case and order), the language the body is written in, the content coding (Brotli, gzip or none) and the origin (CORS headers).
    /// </summary>
    public const string CachePolicy = "PublicResource";

    public static IServiceCollection AddPublicResource(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicOptions>(configuration.GetSection(PublicOptions.Section));
        services.Configure<PublicHttpOptions>(configuration.GetSection(PublicOptions.Section));
        services.AddCors();

        // Read when CORS is first used, so that the configuration of the running host is the one applied.
        services.AddOptions<CorsOptions>().Configure<IOptions<PublicHttpOptions>>((cors, options) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(options.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Options)
                .WithHeaders(HeaderNames.Accept, HeaderNames.AcceptLanguage, HeaderNames.IfNoneMatch, HeaderNames.IfModifiedSince)
                .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter)
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddOptions<CorsOptions>().Configure<IOptions<PublicHttpOptions>>((cors, options) =>
            cors.AddPolicy(JoinRequestsCorsPolicy, policy => policy
                .WithOrigins(options.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Post, HttpMethods.Get, HttpMethods.Options)
                .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.AcceptLanguage, IdempotencyFilter.HeaderName)
                .WithExposedHeaders(HeaderNames.RetryAfter, HeaderNames.Location, "Idempotent-Replayed")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PublicHttpOptions>>((cache, options) =>
            cache.AddPolicy(CachePolicy, policy => policy
                .Expire(TimeSpan.FromSeconds(Math.Max(0, options.Value.OutputCacheSeconds)))
                .With(_ => options.Value.OutputCacheSeconds > 0)
                .SetVaryByHeader(HeaderNames.Origin)
                // The language as resolved (Accept-Language, the culture cookie or query string), not the header as
                // spelt: "ru-RU,ru;q=0.9" and "ru" share one entry, and a cookie's English never reaches a Russian caller.
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
                // The coding as negotiated, not Accept-Encoding as spelt: each coding is an entry, stored compressed.
                .VaryByValue(context => new KeyValuePair<string, string>("coding", PublicContentCoding.Negotiate(context.Request)))
                .Tag(PublicCacheEviction.Tag)));
        return services;
    }
}

/// <summary>
/// Caching of every public response, in one place: a strong ETag from a hash of the body (and its coding), Last-Modified
/// from the newest change of the data shown, Cache-Control with the configured max-age, and 304 Not Modified when the
/// caller's If-None-Match names the current ETag. The body is serialised once, here, compressed when the caller accepts
/// it (<see cref="PublicContentCoding"/>), and sent as it was hashed.
/// Only the ETag decides a 304: a list can lose an item (unpublished) without its newest date changing.
/// </summary>
public sealed class PublicCachingFilter(IOptions<PublicHttpOptions> options, IOptions<JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is not (IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }))
        {
            return result;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
        var http = context.HttpContext;
        var coding = PublicContentCoding.For(PublicContentCoding.Negotiate(http.Request), body.Length);
        var etag = PublicContentCoding.ETag(Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)), coding);

        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={options.Value.CacheMaxAgeSeconds}");
        headers.Append(HeaderNames.Vary, VariedBy);
        if (NewestOf(value) is { } lastModified)
        {
            headers.LastModified = lastModified.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
        }

        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (coding != PublicContentCoding.Identity)
        {
            headers.ContentEncoding = coding;
        }

        return Results.Bytes(PublicContentCoding.Encode(body, coding), "application/json; charset=utf-8");
    }

    private static readonly string VariedBy = $"{HeaderNames.AcceptLanguage}, {HeaderNames.AcceptEncoding}";

    /// <summary>If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x"; "*" matches any.</summary>
    private static bool Matches(string? ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (tag == "*" || string.Equals(tag, etag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The newest change of a public resource, or of the items of a page of them; null for an empty page.</summary>
    private static DateTimeOffset? NewestOf(object value) => value switch
    {
        IPublicResource resource => resource.LastModified,
        _ when PageItems.GetOrAdd(value.GetType(), ItemsReader) is { } items => items(value).Select(i => (DateTimeOffset?)i.LastModified).Max(),
        _ => null,
    };

    // How to read the items of each page type, found once per type rather than by reflection on every response.
    private static readonly ConcurrentDictionary<Type, Func<object, IEnumerable<IPublicResource>>?> PageItems = new();

    private static Func<object, IEnumerable<IPublicResource>>? ItemsReader(Type type)
    {
        // A page, or a type derived from one (the search's page, which also tells whether its count is exact).
        for (var page = type; page is not null; page = page.BaseType)
        {
            if (page is { IsGenericType: true } && page.GetGenericTypeDefinition() == typeof(PagedList<>))
            {
                return page.GetGenericArguments()[0] is { IsClass: true } item && item.IsAssignableTo(typeof(IPublicResource))
                    ? typeof(PublicCachingFilter).GetMethod(nameof(ItemsOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item)
                        .CreateDelegate<Func<object, IEnumerable<IPublicResource>>>()
                    : null;
            }
        }

        return null;
    }

    private static IEnumerable<IPublicResource> ItemsOf<T>(object page)
        where T : class, IPublicResource => ((PagedList<T>)page).Items;
}
