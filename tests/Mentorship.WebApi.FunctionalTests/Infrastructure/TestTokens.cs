using System.Security.Claims;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Bearer tokens for the functional tests, signed like the API expects (or deliberately not).</summary>
public static class TestTokens
{
    public const string SigningKey = "functional-tests-signing-key-0123456789-abcdefghijkl";

    public static readonly JwtSettings Settings = new() { SigningKey = SigningKey };

    public static string Issue(string role, IEnumerable<(string Type, string Value)>? scope = null, DateTimeOffset? now = null, TimeSpan? lifetime = null, JwtSettings? settings = null)
    {
        var claims = new List<Claim> { new(MentorshipClaims.Subject, $"test:{role}:{Guid.NewGuid():N}"), new(MentorshipClaims.Role, role) };
        claims.AddRange((scope ?? []).Select(c => new Claim(c.Type, c.Value)));
        // Long-lived by default: tests move the application clock forward by days.
        return AuthenticationSetup.IssueToken(settings ?? Settings, claims, now ?? DateTimeOffset.UtcNow, lifetime ?? TimeSpan.FromDays(400));
    }
}
