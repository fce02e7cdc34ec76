using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Queries;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>The criteria distribution by municipality: organisations at each level of each criterion and indicator.</summary>
internal static class CriteriaDistributionExport
{
    public static async Task<ExportRows> RowsAsync(IApplicationDbContext db, ICurrentUser user, ExportQuery request, ExportLabels labels, CancellationToken cancellationToken)
    {
        var year = request.Year!.Value;
        var (regionId, municipalityId) = await CriteriaDistribution.ScopeAsync(db, user, request.RegionId, request.MunicipalityId, cancellationToken);
        var rows = await CriteriaDistribution.RowsAsync(db, regionId, municipalityId, year, cancellationToken);
        var columns = labels.Columns(ExportDatasets.CriteriaDistribution, ("year", WholeNumber), ("municipality", Text), ("oktmo", Text), ("code", Text),
            ("criterion", Text), ("indicator", Text), ("level", Text), ("organizations", WholeNumber));
        return new ExportRows(columns, rows.ToAsyncEnumerable().Map(r =>
            [year, r.Municipality, r.Oktmo, r.Code, labels.Of(r.Criterion), labels.Of(r.Indicator), labels.Of(r.Level), r.Organizations], CancellationToken.None));
    }
}
