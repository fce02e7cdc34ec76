using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Application.Exports.ExportColumnKind;

namespace Mentorship.Application.Exports.Queries.Export;

/// <summary>
/// One row per member of a pair or group, at the organisation that runs the programme; people and groups appear only
/// as pseudonyms (the group's joins its members' rows), people with their category; a teacher–teacher pair with the
/// element of the teacher model and the deficit it addresses (a tag, no personal data). The programme and group query
/// filters refer to each other (for mentors' and mentees' own records), which EF cannot expand, so this query ignores
/// the filters and applies the organisation scope rule itself.
/// </summary>
internal static class PairsExport
{
    public static ExportRows Rows(IApplicationDbContext db, ICurrentUser user, IPseudonymizer pseudonymizer, ExportQuery request, ExportLabels labels)
    {
        var query = from m in db.GroupMembers.AsNoTracking().IgnoreQueryFilters()
                    join g in db.MentoringGroups on m.GroupId equals g.Id
                    join p in db.Programmes on g.ProgrammeId equals p.Id
                    join o in db.Organizations.Where(ScopeExpressions.VisibleOrganization(user)) on p.OrganizationId equals o.Id
                    join person in db.People on m.PersonId equals person.Id
                    select new { m, g, o, person.Category };
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

        var rows = from x in query
                   join mu in db.Municipalities.IgnoreQueryFilters() on x.o.MunicipalityId equals mu.Id
                   orderby x.g.Id, x.m.Role, x.m.Id
                   select new
                   {
                       GroupId = x.g.Id, MunicipalityName = mu.Name, mu.Oktmo, OrganizationName = x.o.Name, x.o.Inn, x.g.Form, x.g.Format, x.g.Status, x.g.StartedAt, x.g.EndedAt,
                       x.g.TeacherElement, x.g.Deficit,
                       x.m.Role, x.m.PersonId, x.Category, x.m.JoinedAt, x.m.LeftAt,
                   };
        var columns = labels.Columns(ExportDatasets.Pairs,
            ("group", Text), ("municipality", Text), ("oktmo", Text), ("organization", Text), ("inn", Text), ("form", Text), ("format", Text), ("status", Text),
            ("startedAt", Date), ("endedAt", Date), ("role", Text), ("participant", Text), ("category", Text), ("joinedAt", Date), ("leftAt", Date), ("teacherElement", Text), ("deficit", Text));

        // Rows come in group order: a group's pseudonym is computed once for all its members.
        var group = (Id: Guid.Empty, Pseudonym: string.Empty);
        return new ExportRows(columns, rows.AsAsyncEnumerable().Map(r => [
            (group = group.Id == r.GroupId && group.Pseudonym.Length > 0 ? group : (r.GroupId, pseudonymizer.OfGroup(r.GroupId))).Pseudonym, r.MunicipalityName, r.Oktmo, r.OrganizationName, r.Inn, labels.Of(r.Form), labels.Of(r.Format), labels.Of(r.Status),
            r.StartedAt, r.EndedAt, labels.Of(r.Role), pseudonymizer.Of(r.PersonId), labels.Of(r.Category), r.JoinedAt, r.LeftAt, labels.Of(r.TeacherElement), r.Deficit]));
    }
}
