using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Queries;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>The regional map of educational requests: mentees' request tags counted by municipality.</summary>
internal static class RequestsMapExport
{
    public static async Task<ExportRows> RowsAsync(IApplicationDbContext db, ICurrentUser user, ExportQuery request, ExportLabels labels, CancellationToken cancellationToken)
    {
        var (regionId, year) = (request.RegionId!.Value, request.Year!.Value);

        // The OKTMO codes of the region's municipalities (a few dozen) join the map to the analysts' other tables.
        var oktmo = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).ToDictionaryAsync(m => m.Id, m => m.Oktmo, cancellationToken);
        var rows = RequestsMap.Query(db, user, regionId, year, request.MunicipalityId);
        var columns = labels.Columns(ExportDatasets.RequestsMap, ("year", WholeNumber), ("municipality", Text), ("oktmo", Text), ("tag", Text), ("mentees", WholeNumber), ("requests", WholeNumber));
        return new ExportRows(columns, rows.AsAsyncEnumerable().Map(r => [year, r.MunicipalityName, oktmo.GetValueOrDefault(r.MunicipalityId), r.Tag, r.Mentees, r.Requests], CancellationToken.None));
    }
}
