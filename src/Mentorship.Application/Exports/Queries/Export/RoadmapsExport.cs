using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>
/// Roadmap items in their number's order, with the period, status, deadline as written and the due date, without the
/// responsible person's name (it may be personal data).
/// </summary>
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
            // The roadmaps whose period includes the year (a yearly roadmap's period is its academic year's two years).
            query = query.Where(x => x.r.StartYear <= year && x.r.EndYear >= year);
        }

        var rows = from x in query
                   join region in db.Regions on x.m.RegionId equals region.Id into rs
                   from region in rs.DefaultIfEmpty()
                   orderby x.m.Name, x.r.Title, x.r.Id, x.i.SortKey, x.i.Id
                   select new
                   {
                       x.r.Title, x.r.StartYear, x.r.EndYear, x.r.AcademicYear, MunicipalityName = x.m.Name, x.m.Oktmo, OrganizationName = x.o.Name, OrganizationInn = x.o.Inn,
                       RoadmapStatus = x.r.Status, x.r.ApprovedAt, region.TimeZone, x.i.Number, x.i.Stage, ItemTitle = x.i.Title, x.i.Term, x.i.ScheduleKind, x.i.Deadline,
                       x.i.DueDate, x.i.Place, x.i.PlannedResult, x.i.Status, x.i.IsOverdue, x.i.OccurrencesDone, x.i.CompletedOn, x.i.Result,
                   };
        var columns = labels.Columns(ExportDatasets.Roadmaps,
            ("roadmap", Text), ("academicYear", Text), ("municipality", Text), ("oktmo", Text), ("organization", Text), ("inn", Text), ("approvedAt", Timestamp),
            ("stage", Text), ("item", Text), ("deadline", Date), ("status", Text), ("overdue", Text), ("completedOn", Date), ("result", Text),
            ("period", Text), ("roadmapStatus", Text), ("number", Text), ("term", Text), ("schedule", Text), ("dueDate", Date), ("place", Text),
            ("plannedResult", Text), ("occurrencesDone", WholeNumber));
        return new ExportRows(columns, rows.AsAsyncEnumerable().Map(r => [
            r.Title, r.AcademicYear?.ToString(), r.MunicipalityName, r.Oktmo, r.OrganizationName, r.OrganizationInn, labels.Local(r.ApprovedAt, r.TimeZone),
            labels.Of(r.Stage), r.ItemTitle, r.Deadline, labels.Of(r.Status), labels.YesNo(r.IsOverdue), r.CompletedOn, r.Result,
            $"{r.StartYear}–{r.EndYear}", labels.Of(r.RoadmapStatus), r.Number, r.Term, labels.Of(r.ScheduleKind), r.DueDate, r.Place,
            r.PlannedResult, r.OccurrencesDone]));
    }
}
