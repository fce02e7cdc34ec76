using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Application.Monitoring.Queries.GetCriteriaDistribution;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries;

/// <summary>
/// The criteria distribution by municipality: per municipality, how many organisations are at each level of each
/// criterion and indicator, counted in the database from the snapshots of the last recompute.
/// </summary>
internal static class CriteriaDistribution
{
    /// <summary>
    /// The region and municipality a caller may read: a municipality names its region; a municipal coordinator reads
    /// their own municipality only, another one is not found.
    /// </summary>
    public static async Task<(Guid RegionId, Guid? MunicipalityId)> ScopeAsync(IApplicationDbContext db, ICurrentUser user, Guid? regionId, Guid? municipalityId, CancellationToken cancellationToken)
    {
        if (municipalityId is { } id)
        {
            regionId = await db.Municipalities.Where(m => m.Id == id).Select(m => (Guid?)m.RegionId).SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException(nameof(Municipality), id);
        }

        await MonitoringScope.EnsureRegionVisibleAsync(db, user, regionId!.Value, cancellationToken);
        if (!user.IsUnrestricted() && user.RegionId is null && user.MunicipalityId is { } own)
        {
            if (municipalityId is { } asked && asked != own)
            {
                throw new NotFoundException(nameof(Municipality), asked);
            }

            municipalityId = own;
        }

        return (regionId.Value, municipalityId);
    }

    public static async Task<List<CriteriaDistributionRowDto>> RowsAsync(IApplicationDbContext db, Guid regionId, Guid? municipalityId, int year, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId && (municipalityId == null || m.Id == municipalityId))
            .OrderBy(m => m.Name).ThenBy(m => m.Id).Select(m => new { m.Id, m.Name, m.Oktmo }).ToListAsync(cancellationToken);
        var organizations = db.Organizations.Where(o => o.RegionId == regionId && (municipalityId == null || o.MunicipalityId == municipalityId));
        var criteria = await (from s in db.CriterionSnapshots.AsNoTracking()
                              join o in organizations on s.OrganizationId equals o.Id
                              where s.Year == year
                              group s by new { o.MunicipalityId, s.Criterion, s.Level } into g
                              select new { g.Key.MunicipalityId, g.Key.Criterion, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var indicators = await (from s in db.CriterionIndicatorSnapshots.AsNoTracking()
                                join o in organizations on s.OrganizationId equals o.Id
                                where s.Year == year
                                group s by new { o.MunicipalityId, s.Indicator, s.Level } into g
                                select new { g.Key.MunicipalityId, g.Key.Indicator, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var rows = new List<CriteriaDistributionRowDto>();
        foreach (var m in municipalities)
        {
            foreach (var criterion in Enum.GetValues<EfficiencyCriterion>())
            {
                rows.AddRange(CriterionLevels.For(criterion).Append(CriterionLevel.NoData).Select(level => new CriteriaDistributionRowDto(
                    m.Id, m.Name, m.Oktmo, criterion, null, ((int)criterion).ToString(System.Globalization.CultureInfo.InvariantCulture), level,
                    criteria.Where(c => c.MunicipalityId == m.Id && c.Criterion == criterion && c.Level == level).Sum(c => c.Count))));
                foreach (var indicator in CriterionIndicators.Of(criterion))
                {
                    rows.AddRange(CriterionIndicators.ScaleOf(indicator).Append(CriterionLevel.NoData).Select(level => new CriteriaDistributionRowDto(
                        m.Id, m.Name, m.Oktmo, criterion, indicator, indicator.Code(), level,
                        indicators.Where(c => c.MunicipalityId == m.Id && c.Indicator == indicator && c.Level == level).Sum(c => c.Count))));
                }
            }
        }

        return rows;
    }
}
