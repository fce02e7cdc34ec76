using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>Which snapshots are stale: their unit (or an organisation under it) changed in their year since the last recompute.</summary>
internal static class StaleSnapshots
{
    public static async Task<HashSet<(MonitoringLevel Level, Guid UnitId, int Year)>> OfAsync(
        IApplicationDbContext db, IReadOnlyCollection<(Guid UnitId, int Year)> snapshots, CancellationToken cancellationToken)
    {
        var stale = new HashSet<(MonitoringLevel, Guid, int)>();
        if (snapshots.Count == 0)
        {
            return stale;
        }

        var units = snapshots.Select(s => s.UnitId).Distinct().ToList();
        var years = snapshots.Select(s => s.Year).Distinct().ToList();
        var changes = await db.MonitoringChanges.AsNoTracking()
            .Where(c => years.Contains(c.Year) && (units.Contains(c.OrganizationId) || units.Contains(c.MunicipalityId) || units.Contains(c.RegionId)))
            .Select(c => new { c.OrganizationId, c.MunicipalityId, c.RegionId, c.Year })
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var change in changes)
        {
            stale.Add((MonitoringLevel.Organization, change.OrganizationId, change.Year));
            stale.Add((MonitoringLevel.Municipality, change.MunicipalityId, change.Year));
            stale.Add((MonitoringLevel.Region, change.RegionId, change.Year));
        }

        return stale;
    }
}
