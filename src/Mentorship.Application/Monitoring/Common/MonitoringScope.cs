using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>Who reads monitoring results, and which region a caller may read.</summary>
internal static class MonitoringScope
{
    /// <summary>Roles that read monitoring results; analysts get aggregates and exports, never personal data.</summary>
    public const string Readers = $"{Roles.Coordinators},{Roles.Analyst}";

    /// <summary>Readers of an organisation's own figures as well: its administrator and curator.</summary>
    public const string OrganizationReaders = $"{Roles.OrganizationStaff},{Roles.Analyst}";

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

    /// <summary>
    /// A municipality the caller may read — its own, one of the own region, or any for the unrestricted — answering its
    /// region; any other is not found.
    /// </summary>
    public static async Task<Guid> EnsureMunicipalityVisibleAsync(IApplicationDbContext db, ICurrentUser user, Guid municipalityId, CancellationToken cancellationToken)
    {
        var regionId = await db.Municipalities.IgnoreQueryFilters().Where(m => m.Id == municipalityId).Select(m => (Guid?)m.RegionId).SingleOrDefaultAsync(cancellationToken);
        var visible = regionId is { } r && (user.IsUnrestricted() || user.RegionId == r || user.MunicipalityId == municipalityId);
        return visible ? regionId!.Value : throw new NotFoundException(nameof(Municipality), municipalityId);
    }
}
