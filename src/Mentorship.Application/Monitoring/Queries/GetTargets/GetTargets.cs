using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;

namespace Mentorship.Application.Monitoring.Queries.GetTargets;

/// <summary>The target schedules in force for a region (its overrides over the federal defaults), or the federal defaults alone.</summary>
/// <param name="RegionId">The region; without it (and without a municipality), the federal defaults.</param>
/// <param name="MunicipalityId">The municipality: its own targets over its region's schedule.</param>
[Authorize(Roles = MonitoringScope.Readers)]
public sealed record GetTargetsQuery(Guid? RegionId = null, Guid? MunicipalityId = null) : IRequest<IReadOnlyList<TargetDto>>;

internal sealed class GetTargetsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetTargetsQuery, IReadOnlyList<TargetDto>>
{
    public async Task<IReadOnlyList<TargetDto>> Handle(GetTargetsQuery request, CancellationToken cancellationToken)
    {
        if (request.MunicipalityId is { } municipalityId)
        {
            var region = await MonitoringScope.EnsureMunicipalityVisibleAsync(db, user, municipalityId, cancellationToken);
            return await EffectiveTargets.MunicipalScheduleAsync(db, region, municipalityId, cancellationToken);
        }

        if (request.RegionId is { } regionId)
        {
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, regionId, cancellationToken);
        }

        return await EffectiveTargets.ScheduleAsync(db, request.RegionId, cancellationToken);
    }
}
