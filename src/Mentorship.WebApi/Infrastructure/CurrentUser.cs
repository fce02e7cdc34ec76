using System.Security.Claims;
using Mentorship.Application.Common.Interfaces;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The caller of the current HTTP request, read from the claims of its token or API key. Outside a request
/// (Hangfire jobs, start-up) the application itself is working: the system.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? Id => Principal?.FindFirstValue(MentorshipClaims.Subject);

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated ?? false;

    public bool IsSystem => accessor.HttpContext is null;

    public IReadOnlyCollection<string> Roles => Principal?.FindAll(MentorshipClaims.Role).Select(c => c.Value).ToList() ?? [];

    public Guid? RegionId => GuidClaim(MentorshipClaims.RegionId);

    public Guid? MunicipalityId => GuidClaim(MentorshipClaims.MunicipalityId);

    public IReadOnlyCollection<Guid> OrganizationIds =>
        Principal?.FindAll(MentorshipClaims.OrganizationId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).ToList() ?? [];

    public Guid? PersonId => GuidClaim(MentorshipClaims.PersonId);

    public string? ClientId => Principal?.FindFirstValue(MentorshipClaims.ClientId);

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => IsAuthenticated && Principal!.HasClaim(MentorshipClaims.Role, role);

    private Guid? GuidClaim(string type) => Guid.TryParse(Principal?.FindFirstValue(type), out var id) ? id : null;
}

/// <summary>The claims of Mentorship tokens: the role and the scope of the caller.</summary>
public static class MentorshipClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string RegionId = "region_id";
    public const string MunicipalityId = "municipality_id";
    public const string OrganizationId = "organization_id";
    public const string PersonId = "person_id";
    public const string ClientId = "client_id";

    /// <summary>The id of the API key a school system called with (its vendor may hold several).</summary>
    public const string ApiKeyId = "api_key_id";
}
