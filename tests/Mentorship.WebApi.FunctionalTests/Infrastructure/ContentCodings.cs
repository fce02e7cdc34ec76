using System.IO.Compression;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Bodies in the content codings the API sends (Brotli, gzip), decoded as a client would.</summary>
public static class ContentCodings
{
    /// <summary>The body decoded; as it is without a coding; null for a coding the API does not send.</summary>
    public static byte[]? Decode(byte[] body, string? coding)
    {
        using var input = new MemoryStream(body);
        using Stream? decoder = coding switch
        {
            null => input,
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return null;
        }

        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
