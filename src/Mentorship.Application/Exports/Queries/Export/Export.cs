using System.Runtime.CompilerServices;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Application.Monitoring.Queries;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>A table to export: its columns and its rows, read from the database as they are written.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IAsyncEnumerable<object?[]> Rows);

/// <summary>
/// An export for analysts: coverage, criteria, requests map, pairs (pseudonymised, no personal data) or roadmaps,
/// filtered by region, municipality and year; the caller's scope applies through the query filters.
/// </summary>
[Authorize(Roles = MonitoringRoles.Readers)]
public sealed record ExportQuery(string Dataset, Guid? RegionId, Guid? MunicipalityId, int? Year) : IRequest<ExportTable>;

internal sealed class ExportHandler(IApplicationDbContext db, ICurrentUser user, IPseudonymizer pseudonymizer) : IRequestHandler<ExportQuery, ExportTable>
{
    public async Task<ExportTable> Handle(ExportQuery request, CancellationToken cancellationToken)
    {
        if (request.RegionId is { } regionId)
        {
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, regionId, cancellationToken);
        }

        return request.Dataset switch
        {
            ExportDatasets.Coverage => Coverage(request),
            ExportDatasets.Criteria => Criteria(request),
            ExportDatasets.RequestsMap => RequestsMapTable(request),
            ExportDatasets.Pairs => Pairs(request),
            _ => RoadmapsTable(request),
        };
    }

    private ExportTable Coverage(ExportQuery request)
    {
        var query = db.IndicatorSnapshots.AsNoTracking();
        if (request.RegionId is { } regionId)
        {
            query = query.Where(s => s.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(s => s.MunicipalityId == municipalityId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(s => s.Year == year);
        }

        var rows = from s in query
                   join o in db.Organizations on s.UnitId equals o.Id into os
                   from o in os.DefaultIfEmpty()
                   join m in db.Municipalities on s.UnitId equals m.Id into ms
                   from m in ms.DefaultIfEmpty()
                   join r in db.Regions on s.UnitId equals r.Id into rs
                   from r in rs.DefaultIfEmpty()
                   orderby s.Year, s.Level descending, s.UnitId, s.Indicator, s.Breakdown
                   select new
                   {
                       s.Year, s.Level, s.UnitId,
                       UnitName = o != null ? o.Name : m != null ? m.Name : r != null ? r.Name : null,
                       s.RegionId, s.MunicipalityId, s.Indicator, s.Breakdown, s.Numerator, s.Denominator, s.Value, s.Target, s.TargetCount, s.Met, s.ComputedAt,
                   };
        return new ExportTable(ExportDatasets.Coverage,
            ["year", "level", "unitId", "unitName", "regionId", "municipalityId", "indicator", "breakdown", "numerator", "denominator", "value", "target", "targetCount", "met", "computedAt"],
            Map(rows.AsAsyncEnumerable(), s => [s.Year, s.Level, s.UnitId, s.UnitName, s.RegionId, s.MunicipalityId, s.Indicator, s.Breakdown, s.Numerator, s.Denominator,
                s.Denominator is null || s.Value is null ? s.Value : Math.Round(s.Value.Value, 1, MidpointRounding.AwayFromZero), s.Target, s.TargetCount, s.Met, s.ComputedAt]));
    }

    private ExportTable Criteria(ExportQuery request)
    {
        var query = from s in db.CriterionSnapshots.AsNoTracking()
                    join o in db.Organizations on s.OrganizationId equals o.Id
                    select new { s, o };
        if (request.RegionId is { } regionId)
        {
            query = query.Where(x => x.o.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(x => x.o.MunicipalityId == municipalityId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(x => x.s.Year == year);
        }

        var rows = query.OrderBy(x => x.s.Year).ThenBy(x => x.o.Name).ThenBy(x => x.s.OrganizationId).ThenBy(x => x.s.Criterion)
            .Select(x => new { x.s.Year, x.s.OrganizationId, x.o.Name, x.o.MunicipalityId, x.o.RegionId, x.s.Criterion, x.s.Value, x.s.Level, x.s.Inputs, x.s.ComputedAt });
        return new ExportTable(ExportDatasets.Criteria,
            ["year", "organizationId", "organizationName", "municipalityId", "regionId", "criterion", "value", "level", "inputs", "computedAt"],
            Map(rows.AsAsyncEnumerable(), r => [r.Year, r.OrganizationId, r.Name, r.MunicipalityId, r.RegionId, r.Criterion, r.Value, r.Level, r.Inputs, r.ComputedAt]));
    }

    private ExportTable RequestsMapTable(ExportQuery request)
    {
        var rows = RequestsMap.Query(db, user, request.RegionId!.Value, request.Year!.Value, request.MunicipalityId);
        return new ExportTable(ExportDatasets.RequestsMap, ["year", "municipalityId", "municipalityName", "tag", "mentees", "requests"],
            Map(rows.AsAsyncEnumerable(), r => [request.Year, r.MunicipalityId, r.MunicipalityName, r.Tag, r.Mentees, r.Requests]));
    }

    /// <summary>
    /// One row per member of a pair or group, at the organisation that runs the programme; people appear only as
    /// pseudonyms with their category. The programme and group query filters refer to each other (for mentors' and
    /// mentees' own records), which EF cannot expand, so this query ignores the filters and applies the organisation
    /// scope rule itself.
    /// </summary>
    private ExportTable Pairs(ExportQuery request)
    {
        var query = from m in db.GroupMembers.AsNoTracking().IgnoreQueryFilters()
                    join g in db.MentoringGroups on m.GroupId equals g.Id
                    join p in db.Programmes on g.ProgrammeId equals p.Id
                    join o in db.Organizations.Where(ScopeExpressions.VisibleOrganization(user)) on p.OrganizationId equals o.Id
                    join person in db.People on m.PersonId equals person.Id
                    select new { m, g, p, o, person.Category };
        if (request.RegionId is { } regionId)
        {
            query = query.Where(x => x.o.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(x => x.o.MunicipalityId == municipalityId);
        }

        if (request.Year is { } year)
        {
            var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(x => x.g.StartedAt <= end && (x.g.EndedAt == null || x.g.EndedAt >= start) && x.m.JoinedAt <= end && (x.m.LeftAt == null || x.m.LeftAt >= start));
        }

        var rows = query.OrderBy(x => x.g.Id).ThenBy(x => x.m.Role).ThenBy(x => x.m.Id).Select(x => new
        {
            GroupId = x.g.Id, x.g.ProgrammeId, OrganizationId = x.o.Id, x.o.MunicipalityId, x.o.RegionId, x.g.Form, x.g.Format, x.g.Status, x.g.StartedAt, x.g.EndedAt,
            x.m.Role, x.m.PersonId, x.Category, x.m.JoinedAt, x.m.LeftAt,
        });
        return new ExportTable(ExportDatasets.Pairs,
            ["groupId", "programmeId", "organizationId", "municipalityId", "regionId", "form", "format", "status", "startedAt", "endedAt", "role", "participant", "category", "joinedAt", "leftAt"],
            Map(rows.AsAsyncEnumerable(), r => [r.GroupId, r.ProgrammeId, r.OrganizationId, r.MunicipalityId, r.RegionId, r.Form, r.Format, r.Status, r.StartedAt, r.EndedAt,
                r.Role, pseudonymizer.Of(r.PersonId), r.Category, r.JoinedAt, r.LeftAt]));
    }

    /// <summary>Roadmap items without the responsible person's name (it may be personal data).</summary>
    private ExportTable RoadmapsTable(ExportQuery request)
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

        var rows = query.OrderBy(x => x.r.Id).ThenBy(x => x.i.Deadline).ThenBy(x => x.i.Id).Select(x => new
        {
            RoadmapId = x.r.Id, x.r.Title, x.r.AcademicYear, MunicipalityId = x.m.Id, x.r.OrganizationId, Approved = x.r.ApprovedAt != null,
            ItemId = x.i.Id, x.i.Stage, ItemTitle = x.i.Title, x.i.Deadline, x.i.Status, x.i.IsOverdue, x.i.CompletedOn, x.i.Result,
        });
        return new ExportTable(ExportDatasets.Roadmaps,
            ["roadmapId", "roadmapTitle", "academicYear", "municipalityId", "organizationId", "approved", "itemId", "stage", "item", "deadline", "status", "overdue", "completedOn", "result"],
            Map(rows.AsAsyncEnumerable(), r => [r.RoadmapId, r.Title, r.AcademicYear.ToString(), r.MunicipalityId, r.OrganizationId, r.Approved, r.ItemId, r.Stage, r.ItemTitle,
                r.Deadline, r.Status, r.IsOverdue, r.CompletedOn, r.Result]));
    }

    private static async IAsyncEnumerable<object?[]> Map<T>(IAsyncEnumerable<T> rows, Func<T, object?[]> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return map(row);
        }
    }
}
