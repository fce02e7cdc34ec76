namespace Mentorship.Application.Common.Security;

/// <summary>The roles of DESIGN.md §1 and §5, as they appear in tokens ("role" claims).</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string RegionalCoordinator = "RegionalCoordinator";
    public const string MunicipalCoordinator = "MunicipalCoordinator";
    public const string OrganizationAdministrator = "OrganizationAdministrator";
    public const string Curator = "Curator";
    public const string Mentor = "Mentor";
    public const string Mentee = "Mentee";
    public const string Analyst = "Analyst";
    public const string IntegrationClient = "IntegrationClient";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, RegionalCoordinator, MunicipalCoordinator, OrganizationAdministrator, Curator, Mentor, Mentee, Analyst, IntegrationClient,
    ];

    /// <summary>Those who keep territory and organisations: administrators and coordinators.</summary>
    public const string Coordinators = $"{Administrator},{RegionalCoordinator},{MunicipalCoordinator}";

    /// <summary>Those who run an organisation's mentorship work.</summary>
    public const string OrganizationStaff = $"{Coordinators},{OrganizationAdministrator},{Curator}";
}
