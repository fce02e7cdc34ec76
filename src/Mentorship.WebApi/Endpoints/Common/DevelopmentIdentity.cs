using System.Security.Claims;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Identity;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Common;

/// <summary>
/// The local development identity: a token endpoint that issues the tokens of the demo territory's users
/// (<see cref="DevelopmentUsers"/>). Mapped only when the environment is Development.
/// </summary>
public static class DevelopmentIdentity
{
    public static IReadOnlyDictionary<string, string> Users => DevelopmentUsers.Roles;

    public sealed record TokenRequest(string? User);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string Role);

    public static void MapDevelopmentIdentity(this RouteGroupBuilder api)
    {
        api.MapPost("/dev/token", IssueDevelopmentToken).WithName(nameof(IssueDevelopmentToken)).WithTags("Development").AllowAnonymous();
    }

    /// <summary>Get a token of a demo user (Development only)</summary>
    /// <remarks>
    /// Mapped only when the environment is Development: issues a bearer token of one of the seeded users of the demo
    /// territory (region 38, a municipality, a school, a teacher and a pupil) — `admin`, `regional`, `municipal`,
    /// `orgadmin`, `curator`, `analyst`, `mentor` or `mentee` — with its role and scope claims. Anonymous. An unknown
    /// user is refused with 400 listing the known ones.
    /// </remarks>
    public static async Task<Results<Ok<TokenResponse>, ValidationProblem>> IssueDevelopmentToken(
        TokenRequest request, DevelopmentUsers users, JwtSettings jwt, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.User is null || !Users.ContainsKey(request.User))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["user"] = [$"One of: {string.Join(", ", Users.Keys)}."] },
                extensions: new Dictionary<string, object?> { [ProblemDetailsExceptionHandler.CodeMember] = ErrorCodes.Validation.Failed });
        }

        var user = await users.FindAsync(request.User, cancellationToken);
        var claims = new List<Claim> { new(MentorshipClaims.Subject, $"dev:{request.User}"), new(MentorshipClaims.Name, request.User), new(MentorshipClaims.Role, user.Role) };
        AddScope(claims, MentorshipClaims.RegionId, user.RegionId);
        AddScope(claims, MentorshipClaims.MunicipalityId, user.MunicipalityId);
        AddScope(claims, MentorshipClaims.OrganizationId, user.OrganizationId);
        AddScope(claims, MentorshipClaims.PersonId, user.PersonId);

        var lifetime = TimeSpan.FromMinutes(jwt.LocalTokenLifetimeMinutes);
        var token = AuthenticationSetup.IssueToken(jwt, claims, time.GetUtcNow(), lifetime);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, user.Role));
    }

    private static void AddScope(List<Claim> claims, string type, Guid? id)
    {
        if (id is { } value)
        {
            claims.Add(new Claim(type, value.ToString()));
        }
    }
}
