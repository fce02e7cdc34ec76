using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;

namespace Mentorship.Application.Monitoring.Queries.GetTargets;

/// <summary>The target schedules in force for a region (its overrides over the federal defaults), or the federal defaults alone.</summary>
/// <param name="RegionId">The region; without it, the federal defaults.</param>
[Authorize(Roles = MonitoringRoles.Readers)]
public sealed record GetTargetsQuery(Guid? RegionId = null) : IRequest<IReadOnlyList<TargetDto>>;

internal sealed class GetTargetsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetTargetsQuery, IReadOnlyList<TargetDto>>
{
    public async Task<IReadOnlyList<TargetDto>> Handle(GetTargetsQuery request, CancellationToken cancellationToken)
    {
        if (request.RegionId is { } regionId)
        {
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, regionId, cancellationToken);
        }

        var targets = await EffectiveTargets.ForAsync(db, request.RegionId, null, cancellationToken);
        return targets.Select(t => new TargetDto(t.Indicator, t.Year, t.Value, t.FederalDefault, t.IsRegionOverride)).ToList();
    }
}
