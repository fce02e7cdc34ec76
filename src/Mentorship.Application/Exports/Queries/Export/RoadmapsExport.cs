using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>Roadmap items without the responsible person's name (it may be personal data).</summary>
internal static class RoadmapsExport
{
    public static ExportRows Rows(IApplicationDbContext db, ExportQuery request, ExportLabels labels)
    {
        var query = from i in db.RoadmapItems.AsNoTracking()
                    join r in db.Roadmaps on i.RoadmapId equals r.Id
                    join o in db.Organizations on r.OrganizationId equals o.Id into os
                    from o in os.DefaultIfEmpty()
                    join m in db.Municipalities on (r.MunicipalityId ?? o.MunicipalityId) equals m.Id
                    select new { i, r, o, m };
        if (request.RegionId is { } regionId)
        {
            query = query.Where(x => x.m.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(x => x.m.Id == municipalityId);
        }

        if (request.Year is { } year)
        {
            var academicYear = new AcademicYear(year);
            query = query.Where(x => x.r.AcademicYear == academicYear);
        }

        var rows = from x in query
                   join region in db.Regions on x.m.RegionId equals region.Id into rs
                   from region in rs.DefaultIfEmpty()
                   orderby x.m.Name, x.r.Title, x.r.Id, x.i.Deadline, x.i.Id
                   select new
                   {
                       x.r.Title, x.r.AcademicYear, MunicipalityName = x.m.Name, x.m.Oktmo, OrganizationName = x.o.Name, OrganizationInn = x.o.Inn, x.r.ApprovedAt, region.TimeZone,
                       x.i.Stage, ItemTitle = x.i.Title, x.i.Deadline, x.i.Status, x.i.IsOverdue, x.i.CompletedOn, x.i.Result,
                   };
        var columns = labels.Columns(ExportDatasets.Roadmaps,
            ("roadmap", Text), ("academicYear", Text), ("municipality", Text), ("oktmo", Text), ("organization", Text), ("inn", Text), ("approvedAt", Timestamp),
            ("stage", Text), ("item", Text), ("deadline", Date), ("status", Text), ("overdue", Text), ("completedOn", Date), ("result", Text));
        return new ExportRows(columns, rows.AsAsyncEnumerable().Map(r => [
            r.Title, r.AcademicYear.ToString(), r.MunicipalityName, r.Oktmo, r.OrganizationName, r.OrganizationInn, labels.Local(r.ApprovedAt, r.TimeZone),
            labels.Of(r.Stage), r.ItemTitle, r.Deadline, labels.Of(r.Status), labels.YesNo(r.IsOverdue), r.CompletedOn, r.Result]));
    }
}
