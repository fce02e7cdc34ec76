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

/// <summary>
/// The organisation scope rule of the query filters as an expression, for the few queries that must ignore the
/// filters (EF turns them off for a whole query) and so apply the rule themselves.
/// </summary>
public static class ScopeExpressions
{
    public static System.Linq.Expressions.Expression<Func<Domain.Territory.Organization, bool>> VisibleOrganization(ICurrentUser user)
    {
        var all = user.IsUnrestricted();
        var organizationIds = user.OrganizationIds.ToList();
        var municipalityId = user.MunicipalityId;
        var regionId = user.RegionId;
        return o => all
                    || organizationIds.Contains(o.Id)
                    || (municipalityId != null && o.MunicipalityId == municipalityId)
                    || (regionId != null && o.RegionId == regionId);
    }
}
