using System.Security.Claims;
using Mentorship.Application.Common.Interfaces;
using Security = Mentorship.Application.Common.Security;

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

    // A scope claim counts only for the roles it belongs to: a pupil's token that names the school (or the region)
    // gives its holder no reach over the school's people; a mentor or mentee sees the own records only.
    public Guid? RegionId => HasAnyRole(Security.Roles.RegionalCoordinator, Security.Roles.Analyst) ? GuidClaim(MentorshipClaims.RegionId) : null;

    public Guid? MunicipalityId => HasAnyRole(Security.Roles.MunicipalCoordinator) ? GuidClaim(MentorshipClaims.MunicipalityId) : null;

    public IReadOnlyCollection<Guid> OrganizationIds =>
        HasAnyRole(Security.Roles.OrganizationAdministrator, Security.Roles.Curator, Security.Roles.IntegrationClient)
            ? Principal!.FindAll(MentorshipClaims.OrganizationId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).ToList()
            : [];

    public Guid? PersonId => GuidClaim(MentorshipClaims.PersonId);

    public string? ClientId => Principal?.FindFirstValue(MentorshipClaims.ClientId);

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => IsAuthenticated && Principal!.HasClaim(MentorshipClaims.Role, role);

    private bool HasAnyRole(params string[] roles) => roles.Any(IsInRole);

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
