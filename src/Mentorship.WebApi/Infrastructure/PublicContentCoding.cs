using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The content codings of the open resource's answers (RFC 9110 §8.4): Brotli or gzip, chosen from the caller's
/// Accept-Encoding, and applied once, on the way into the server's cache, so that a cached answer is sent as the
/// compressed bytes it was stored as. Each coding is a representation of its own: its own cache entry and its own
/// strong ETag (the body's hash with <c>-br</c> or <c>-gzip</c> appended), and every answer says <c>Vary: Accept-Encoding</c>.
/// Only public answers are compressed. They are the same for every caller and carry no secret, so compression has
/// nothing to leak (BREACH needs a secret in the body beside text the attacker chose). Authenticated answers are not
/// compressed at all.
/// </summary>
public static class PublicContentCoding
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    /// <summary>Bodies shorter than this are sent as they are: their headers would cost about what compression saves.</summary>
    public const int MinimumLength = 1024;

    // Brotli's quality 5 (of 11) with its default window: the search's 14 KB page comes to 1.7 KB, 12 % under gzip's
    // Optimal. Each answer is compressed once per cache entry, so the cost falls on a cache miss, which also asks the database.
    private const int BrotliQuality = 5;
    private const int BrotliWindow = 22;

    /// <summary>
    /// The coding to answer with: of <c>br</c> and <c>gzip</c>, the one the caller rates highest (q &gt; 0; <c>*</c>
    /// stands for a coding it does not name), Brotli on a tie; identity when it accepts neither, rates identity higher,
    /// sends no Accept-Encoding or one that cannot be read. The server's cache keys by this, so spellings of the same
    /// preference ("gzip, deflate, br" and "br;q=1, gzip") share an entry.
    /// </summary>
    public static string Negotiate(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0 || !StringWithQualityHeaderValue.TryParseList(header, out var codings))
        {
            return Identity;
        }

        double brotli = -1, gzip = -1, identity = -1, any = -1;
        foreach (var coding in codings)
        {
            var quality = coding.Quality ?? 1;
            var name = coding.Value.AsSpan();
            if (name.Equals(Brotli, StringComparison.OrdinalIgnoreCase))
            {
                brotli = Math.Max(brotli, quality);
            }
            else if (name.Equals(Gzip, StringComparison.OrdinalIgnoreCase))
            {
                gzip = Math.Max(gzip, quality);
            }
            else if (name.Equals(Identity, StringComparison.OrdinalIgnoreCase))
            {
                identity = Math.Max(identity, quality);
            }
            else if (name is "*")
            {
                any = Math.Max(any, quality);
            }
        }

        brotli = brotli >= 0 ? brotli : any;
        gzip = gzip >= 0 ? gzip : any;
        var (best, rating) = brotli >= gzip ? (Brotli, brotli) : (Gzip, gzip);
        return rating > 0 && rating >= identity ? best : Identity;
    }

    /// <summary>The coding a body of this length is sent in, given the negotiated one.</summary>
    public static string For(string negotiated, int length) => length >= MinimumLength ? negotiated : Identity;

    /// <summary>The strong ETag of a representation: the body's own for identity, with the coding appended otherwise.</summary>
    public static string ETag(string bodyHash, string coding) =>
        coding == Identity ? $"\"{bodyHash}\"" : $"\"{bodyHash}-{coding}\"";

    /// <summary>The body in the given coding.</summary>
    public static byte[] Encode(byte[] body, string coding)
    {
        switch (coding)
        {
            case Brotli:
                var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
                if (!BrotliEncoder.TryCompress(body, buffer, out var written, BrotliQuality, BrotliWindow))
                {
                    throw new InvalidOperationException("Brotli could not compress a body into its largest possible size.");
                }

                return buffer.AsSpan(0, written).ToArray();
            case Gzip:
                using (var compressed = new MemoryStream(body.Length / 3))
                {
                    using (var stream = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        stream.Write(body);
                    }

                    return compressed.ToArray();
                }

            default:
                return body;
        }
    }
}
