using Mentorship.Application.Common.Interfaces;

namespace Mentorship.Application.Common.Security;

/// <summary>
/// The caller's reach over territory. Reads are limited centrally by the database's query filters; these rules
/// are for writes that name a region or municipality (creating a municipality or an organisation in it).
/// </summary>
public static class Scope
{
    public static bool IsUnrestricted(this ICurrentUser user) => user.IsSystem || user.IsInRole(Roles.Administrator);

    public static bool CanManageRegion(this ICurrentUser user, Guid regionId) =>
        user.IsUnrestricted() || (user.IsInRole(Roles.RegionalCoordinator) && user.RegionId == regionId);

    public static bool CanManageMunicipality(this ICurrentUser user, Guid municipalityId, Guid regionId) =>
        user.CanManageRegion(regionId) || (user.IsInRole(Roles.MunicipalCoordinator) && user.MunicipalityId == municipalityId);
}
