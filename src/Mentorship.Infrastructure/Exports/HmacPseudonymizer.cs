using System.Security.Cryptography;
using System.Text;
using Mentorship.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// Pseudonyms for exports: HMAC-SHA256 of the person's id under the key <c>Exports:PseudonymKey</c>, cut to 16 bytes.
/// Stable across exports (so analysts can follow a participant or a group), not reversible without the key.
/// </summary>
public sealed class HmacPseudonymizer(IConfiguration configuration) : IPseudonymizer
{
    private const string DevelopmentKey = "mentorship-development-pseudonym-key";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(configuration["Exports:PseudonymKey"] is { Length: > 0 } key ? key : DevelopmentKey);

    public string Of(Guid personId) => Pseudonym("p-", personId);

    /// <summary>A group's pseudonym, "g-…", so that it is never taken for a person's.</summary>
    public string OfGroup(Guid groupId) => Pseudonym("g-", groupId);

    private string Pseudonym(string prefix, Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, bytes, hash);
        return prefix + Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The <c>Exports</c> section, checked when the host starts.</summary>
    public sealed class Settings
    {
        public string? PseudonymKey { get; init; }
    }
}
