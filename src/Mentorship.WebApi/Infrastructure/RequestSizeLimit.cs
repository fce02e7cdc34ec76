using Mentorship.Domain.Common;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Refuses request bodies over <c>Limits:MaxRequestBodyBytes</c> (10 MiB by default) with 413 before they are
/// read. Kestrel enforces the same limit on bodies without a Content-Length.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private readonly long _maxBytes = configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxBytes);

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _maxBytes)
        {
            throw new BadHttpRequestException(ErrorCodes.Common.PayloadTooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
