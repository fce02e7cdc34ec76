using System.Security.Cryptography;
using System.Text;
using Mentorship.Domain.Integration;

namespace Mentorship.Application.Integration;

/// <summary>API keys look like <c>msk_</c> + 12 characters of prefix + 32 of secret; only their SHA-256 is kept.</summary>
public static class ApiKeySecrets
{
    public const string Scheme = "msk_";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var body = Base64Url(RandomNumberGenerator.GetBytes(33));
        var key = Scheme + body;
        return (key, body[..ApiKey.PrefixLength], Hash(key));
    }

    public static string? PrefixOf(string key) =>
        key.StartsWith(Scheme, StringComparison.Ordinal) && key.Length > Scheme.Length + ApiKey.PrefixLength ? key.Substring(Scheme.Length, ApiKey.PrefixLength) : null;

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
