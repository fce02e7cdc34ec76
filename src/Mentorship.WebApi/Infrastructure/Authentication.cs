using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>The <c>Authentication:Jwt</c> section.</summary>
public sealed class JwtSettings
{
    /// <summary>An OpenID Connect authority (the regional identity provider); its signing keys are fetched from it.</summary>
    public string? Authority { get; init; }

    public string Issuer { get; init; } = "mentorship";

    public string Audience { get; init; } = "mentorship-api";

    /// <summary>A symmetric HS256 key (at least 32 bytes) for tokens issued without an authority.</summary>
    public string? SigningKey { get; init; }

    public int LocalTokenLifetimeMinutes { get; init; } = 60;

    public SymmetricSecurityKey? SymmetricKey => string.IsNullOrEmpty(SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
}

public static class AuthenticationSetup
{
    public const string CallerScheme = "Caller";

    public static IServiceCollection AddMentorshipAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked when the web host starts (not by --migrate, which never starts it).
        services.AddOptions<JwtSettings>().Bind(configuration.GetSection("Authentication:Jwt"))
            .Validate(jwt => jwt.Authority is not null || jwt.SymmetricKey is not null,
                "Configure Authentication:Jwt:Authority (an identity provider) or Authentication:Jwt:SigningKey.")
            .Validate(jwt => jwt.SymmetricKey is null || jwt.SymmetricKey.KeySize >= 256, "Authentication:Jwt:SigningKey must be at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<JwtSettings>>().Value);

        // One entry scheme: an X-Api-Key header means a school system's key, anything else a bearer token.
        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "Bearer token or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<JwtSettings, TimeProvider>((options, jwt, time) =>
        {
            options.MapInboundClaims = false;
            if (jwt.Authority is not null)
            {
                options.Authority = jwt.Authority;
            }

            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = jwt.Authority ?? jwt.Issuer,
                ValidateAudience = true,
                ValidAudience = jwt.Audience,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                IssuerSigningKey = jwt.SymmetricKey,
                ValidateIssuerSigningKey = true,
                // "alg: none" and anything else unexpected is refused.
                ValidAlgorithms = jwt.Authority is null ? [SecurityAlgorithms.HmacSha256] : [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
                NameClaimType = MentorshipClaims.Name,
                RoleClaimType = MentorshipClaims.Role,

                // Lifetimes are judged by the application's clock (TimeProvider), the one local tokens are issued with.
                LifetimeValidator = (notBefore, expires, _, parameters) =>
                {
                    var now = time.GetUtcNow().UtcDateTime;
                    return expires is { } end && end > now - parameters.ClockSkew && (notBefore is not { } start || start <= now + parameters.ClockSkew);
                },
            };
            options.TimeProvider = time;
        });

        // Every endpoint requires an authenticated caller unless it says otherwise (public, reference, health).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>
    /// Whether a request carries anything to authenticate: a bearer token (any Authorization header) or an API key.
    /// Without either, the bearer handler finds no token and the key handler is never chosen, so there is nothing to run.
    /// </summary>
    public static bool CarriesCredentials(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0 || context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);

    /// <summary>Issues a token signed with the configured symmetric key (local development identity and tests).</summary>
    public static string IssueToken(JwtSettings jwt, IEnumerable<Claim> claims, DateTimeOffset now, TimeSpan lifetime)
    {
        var key = jwt.SymmetricKey ?? throw new InvalidOperationException("Local tokens need Authentication:Jwt:SigningKey.");
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
