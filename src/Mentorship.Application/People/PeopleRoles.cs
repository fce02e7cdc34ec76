using Mentorship.Application.Common.Security;

namespace Mentorship.Application.People;

/// <summary>Who may read and keep people: those who run an organisation's work, and its school system. Mentors and mentees see their own record.</summary>
internal static class PeopleRoles
{
    public const string Keepers = $"{Roles.OrganizationStaff},{Roles.IntegrationClient}";
    public const string Readers = $"{Keepers},{Roles.Mentor},{Roles.Mentee}";
}
