using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Roadmaps;

/// <summary>
/// Who keeps roadmaps. Analysts read them through the roadmaps export only, which leaves out the responsible persons.
/// </summary>
internal static class RoadmapRoles
{
    public const string Writers = $"{Roles.Coordinators},{Roles.OrganizationAdministrator},{Roles.Curator}";
    public const string Readers = Writers;
}
