using System.Security.Claims;
using System.Text.Encodings.Web;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration;
using Mentorship.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// School systems authenticate with an API key in the <c>X-Api-Key</c> header. A valid, unrevoked key becomes
/// an integration client scoped to the key's organisations; its last use is recorded (at most once a minute).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApplicationDbContext db,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString().Trim();
        var prefix = ApiKeySecrets.PrefixOf(key);
        if (prefix is null)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var apiKey = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (apiKey is null || !ApiKeySecrets.Matches(key, apiKey.SecretHash))
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        if (apiKey.IsRevoked)
        {
            return AuthenticateResult.Fail("The API key is revoked.");
        }

        var now = time.GetUtcNow();
        var staleBefore = now.AddMinutes(-1);
        await db.ApiKeys.Where(k => k.Id == apiKey.Id && (k.LastUsedAt == null || k.LastUsedAt < staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        var claims = new List<Claim>
        {
            new(MentorshipClaims.Subject, $"client:{apiKey.ClientId}"),
            new(MentorshipClaims.Name, apiKey.Name),
            new(MentorshipClaims.Role, Roles.IntegrationClient),
            new(MentorshipClaims.ClientId, apiKey.ClientId),
            new(MentorshipClaims.ApiKeyId, apiKey.Id.ToString()),
        };
        claims.AddRange(apiKey.Organizations.Select(o => new Claim(MentorshipClaims.OrganizationId, o.OrganizationId.ToString())));
        var identity = new ClaimsIdentity(claims, SchemeName, MentorshipClaims.Name, MentorshipClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
