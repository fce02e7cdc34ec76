using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>Roles that read monitoring results; analysts get aggregates and exports, never personal data.</summary>
public static class MonitoringRoles
{
    public const string Readers = $"{Roles.Administrator},{Roles.RegionalCoordinator},{Roles.MunicipalCoordinator},{Roles.Analyst}";

    public const string OrganizationReaders = $"{Readers},{Roles.OrganizationAdministrator},{Roles.Curator}";
}

internal static class MonitoringScope
{
    /// <summary>A region the caller may read: the own region, the region of the own municipality, or any for the unrestricted.</summary>
    public static async Task EnsureRegionVisibleAsync(IApplicationDbContext db, ICurrentUser user, Guid regionId, CancellationToken cancellationToken)
    {
        var visible = user.IsUnrestricted()
                      || user.RegionId == regionId
                      || (user.MunicipalityId is { } municipalityId && await db.Municipalities.AnyAsync(m => m.Id == municipalityId && m.RegionId == regionId, cancellationToken));
        if (!visible || !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            throw new NotFoundException(nameof(Region), regionId);
        }
    }
}
