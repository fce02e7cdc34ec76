using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;

namespace Mentorship.Application.Monitoring.Queries.GetCriteriaDistribution;

/// <summary>The criteria distribution by municipality of a region (or one municipality) for a year.</summary>
/// <param name="Year">The calendar year (monitoring year); required.</param>
/// <param name="RegionId">The region; required unless a municipality is given.</param>
/// <param name="MunicipalityId">Only this municipality.</param>
[Authorize(Roles = MonitoringScope.Readers)]
public sealed record GetCriteriaDistributionQuery(int? Year = null, Guid? RegionId = null, Guid? MunicipalityId = null) : IRequest<IReadOnlyList<CriteriaDistributionRowDto>>;

internal sealed class GetCriteriaDistributionHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetCriteriaDistributionQuery, IReadOnlyList<CriteriaDistributionRowDto>>
{
    public async Task<IReadOnlyList<CriteriaDistributionRowDto>> Handle(GetCriteriaDistributionQuery request, CancellationToken cancellationToken)
    {
        var (regionId, municipalityId) = await CriteriaDistribution.ScopeAsync(db, user, request.RegionId, request.MunicipalityId, cancellationToken);
        return await CriteriaDistribution.RowsAsync(db, regionId, municipalityId, request.Year!.Value, cancellationToken);
    }
}
