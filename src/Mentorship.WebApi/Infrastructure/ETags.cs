using System.Globalization;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>Strong ETags made of a record's version, and the If-Match header read back into a version.</summary>
public static class ETags
{
    public static string Of(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void Set(HttpContext context, long version) => context.Response.Headers.ETag = Of(version);

    /// <summary>
    /// The version the caller expects, or null when it sent no If-Match (or "*"). A tag that is not one of ours
    /// can match no version, so it yields -1 and the update answers 412.
    /// </summary>
    public static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
               && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }
}
