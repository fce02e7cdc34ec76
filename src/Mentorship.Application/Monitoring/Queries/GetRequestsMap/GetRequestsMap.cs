using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries.GetRequestsMap;

/// <summary>
/// The regional map of educational requests (карта образовательных запросов): mentees' request tags counted by
/// municipality (of the mentee's own organisation) for a calendar year, over the programmes that cover it.
/// </summary>
/// <param name="RegionId">The region (субъект РФ); required.</param>
/// <param name="Year">The calendar year; required.</param>
/// <param name="MunicipalityId">Only this municipality of the region.</param>
[Authorize(Roles = MonitoringScope.Readers)]
public sealed record GetRequestsMapQuery(Guid? RegionId = null, int? Year = null, Guid? MunicipalityId = null) : IRequest<IReadOnlyList<RequestTagDto>>;

internal sealed class GetRequestsMapHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetRequestsMapQuery, IReadOnlyList<RequestTagDto>>
{
    public async Task<IReadOnlyList<RequestTagDto>> Handle(GetRequestsMapQuery request, CancellationToken cancellationToken)
    {
        await MonitoringScope.EnsureRegionVisibleAsync(db, user, request.RegionId!.Value, cancellationToken);
        return await RequestsMap.Query(db, user, request.RegionId.Value, request.Year!.Value, request.MunicipalityId).ToListAsync(cancellationToken);
    }
}
