using System.Text;
using Mentorship.Domain.Common;
using Microsoft.Net.Http.Headers;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// A body whose Content-Type names a charset that no encoding answers to (<c>application/json; charset=bogus</c>) is a
/// 415, before an endpoint binds it: the JSON reader would otherwise fail with an InvalidOperationException, a 500.
/// </summary>
public sealed class ContentTypeCharsetGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) && mediaType.Charset.HasValue
            && !IsKnownEncoding(HeaderUtilities.RemoveQuotes(mediaType.Charset).ToString()))
        {
            throw new BadHttpRequestException(ErrorCodes.Common.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType);
        }

        return next(context);
    }

    private static bool IsKnownEncoding(string charset)
    {
        try
        {
            // The same lookup the JSON reader makes (HttpRequestJsonExtensions), so that what passes here it can read.
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
