using System.Security.Cryptography;
using System.Text;
using Mentorship.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// Pseudonyms for exports: HMAC-SHA256 of the person's id under the key <c>Exports:PseudonymKey</c>, cut to 16 bytes.
/// Stable across exports (so analysts can follow a participant or a group), not reversible without the key. Each thread
/// keeps one keyed HMAC and resets it after each pseudonym, rather than preparing the key again for every cell of an
/// export (a million-row export asks for two million).
/// </summary>
public sealed class HmacPseudonymizer(IConfiguration configuration) : IPseudonymizer
{
    private const string DevelopmentKey = "mentorship-development-pseudonym-key";

    /// <summary>The bytes of the hash kept in a pseudonym (of 32).</summary>
    private const int PseudonymBytes = 16;

    private readonly byte[] _key = Encoding.UTF8.GetBytes(configuration["Exports:PseudonymKey"] is { Length: > 0 } key ? key : DevelopmentKey);

    public string Of(Guid personId) => Pseudonym("p-", personId);

    /// <summary>A group's pseudonym, "g-…", so that it is never taken for a person's.</summary>
    public string OfGroup(Guid groupId) => Pseudonym("g-", groupId);

    [ThreadStatic]
    private static KeyedHmac? _threadHmac;

    private string Pseudonym(string prefix, Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        Span<byte> hash = stackalloc byte[32];
        var hmac = _threadHmac;
        if (hmac is null || !ReferenceEquals(hmac.Key, _key))
        {
            hmac?.Hash.Dispose();
            hmac = _threadHmac = new KeyedHmac(_key, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key));
        }

        // Synchronous from here to the end: no other pseudonym can use this thread's HMAC in between.
        hmac.Hash.AppendData(bytes);
        hmac.Hash.GetHashAndReset(hash);

        // The prefix and the hex digits formatted on the stack: one string per pseudonym, not a hex string and a concatenation.
        Span<char> chars = stackalloc char[prefix.Length + (PseudonymBytes * 2)];
        prefix.CopyTo(chars);
        Convert.TryToHexStringLower(hash[..PseudonymBytes], chars[prefix.Length..], out _);
        return new string(chars);
    }

    private sealed record KeyedHmac(byte[] Key, IncrementalHash Hash);

    /// <summary>The <c>Exports</c> section, checked when the host starts.</summary>
    public sealed class Settings
    {
        public string? PseudonymKey { get; init; }
    }
}
