using System.Data.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
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
/// <remarks>
/// The largest export (a member a row, millions in a region): its rows are read straight from the provider's data
/// reader, on the SQL EF generates for the query below (the same joins, scope, filters and order), each column by its
/// ordinal with a typed getter — no materialisation of the projection, and an enum's stored name is looked up as its
/// label without being parsed. <see cref="RowsThroughEf"/> reads the same query through EF: what the reader must equal.
/// </remarks>
internal static class PairsExport
{
    private static readonly (string Key, ExportColumnKind Kind)[] ColumnKeys =
    [
        ("group", Text), ("municipality", Text), ("oktmo", Text), ("organization", Text), ("inn", Text), ("form", Text), ("format", Text), ("status", Text),
        ("startedAt", Date), ("endedAt", Date), ("role", Text), ("participant", Text), ("category", Text), ("joinedAt", Date), ("leftAt", Date), ("teacherElement", Text), ("deficit", Text),
    ];

    public static ExportRows Rows(IApplicationDbContext db, IStreamingReads streaming, ICurrentUser user, IPseudonymizer pseudonymizer, ExportQuery request, ExportLabels labels)
    {
        var cells = new PairCells(pseudonymizer, labels);
        return new ExportRows(labels.Columns(ExportDatasets.Pairs, ColumnKeys), streaming.ReadRows(Query(db, user, request), cells.Read));
    }

    /// <summary>The same rows materialised by EF and mapped from the projection.</summary>
    internal static ExportRows RowsThroughEf(IApplicationDbContext db, ICurrentUser user, IPseudonymizer pseudonymizer, ExportQuery request, ExportLabels labels)
    {
        // Rows come in group order: a group's pseudonym is computed once for all its members.
        var group = (Id: Guid.Empty, Pseudonym: string.Empty);
        return new ExportRows(labels.Columns(ExportDatasets.Pairs, ColumnKeys), Query(db, user, request).AsAsyncEnumerable().Map(r => [
            (group = group.Id == r.GroupId && group.Pseudonym.Length > 0 ? group : (r.GroupId, pseudonymizer.OfGroup(r.GroupId))).Pseudonym, r.MunicipalityName, r.Oktmo, r.OrganizationName, r.Inn, labels.Of(r.Form), labels.Of(r.Format), labels.Of(r.Status),
            r.StartedAt, r.EndedAt, labels.Of(r.Role), pseudonymizer.Of(r.PersonId), labels.Of(r.Category), r.JoinedAt, r.LeftAt, labels.Of(r.TeacherElement), r.Deficit]));
    }

    private static IQueryable<PairRow> Query(IApplicationDbContext db, ICurrentUser user, ExportQuery request)
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

        // The columns in this order, the cells' order, are the reader's ordinals (PairCells), read one after the other.
        return from x in query
               join mu in db.Municipalities.IgnoreQueryFilters() on x.o.MunicipalityId equals mu.Id
               orderby x.g.Id, x.m.Role, x.m.Id
               select new PairRow
               {
                   GroupId = x.g.Id, MunicipalityName = mu.Name, Oktmo = mu.Oktmo, OrganizationName = x.o.Name, Inn = x.o.Inn, Form = x.g.Form, Format = x.g.Format, Status = x.g.Status,
                   StartedAt = x.g.StartedAt, EndedAt = x.g.EndedAt, Role = x.m.Role, PersonId = x.m.PersonId, Category = x.Category, JoinedAt = x.m.JoinedAt, LeftAt = x.m.LeftAt,
                   TeacherElement = x.g.TeacherElement, Deficit = x.g.Deficit,
               };
    }

    private sealed class PairRow
    {
        public Guid GroupId { get; init; }

        public required string MunicipalityName { get; init; }

        public required string Oktmo { get; init; }

        public required string OrganizationName { get; init; }

        public string? Inn { get; init; }

        public MentoringForm Form { get; init; }

        public MentoringFormat Format { get; init; }

        public GroupStatus Status { get; init; }

        public DateOnly StartedAt { get; init; }

        public DateOnly? EndedAt { get; init; }

        public TeacherModelElement? TeacherElement { get; init; }

        public string? Deficit { get; init; }

        public GroupRole Role { get; init; }

        public Guid PersonId { get; init; }

        public PersonCategory Category { get; init; }

        public DateOnly JoinedAt { get; init; }

        public DateOnly? LeftAt { get; init; }
    }

    /// <summary>The cells of a row of <see cref="Query"/>, read by ordinal from the provider's reader.</summary>
    /// <remarks>
    /// Rows come in group order, and a group's cells (its pseudonym, municipality, organisation, form, format, status,
    /// dates, teacher-model element and deficit) depend on the group alone: they are read and the group's pseudonym
    /// computed at a group's first member only; its other members take them from the row before, and the reader skips
    /// those columns without decoding them.
    /// </remarks>
    private sealed class PairCells(IPseudonymizer pseudonymizer, ExportLabels labels)
    {
        private const int Columns = 17;

        /// <summary>The member's own cells: role, participant, category, joined and left; the group's are before and after them.</summary>
        private const int FirstMemberColumn = 10;

        private const int LastMemberColumn = 14;

        private readonly EnumLabels<MentoringForm> _forms = new(labels);
        private readonly EnumLabels<MentoringFormat> _formats = new(labels);
        private readonly EnumLabels<GroupStatus> _statuses = new(labels);
        private readonly EnumLabels<TeacherModelElement> _elements = new(labels);
        private readonly EnumLabels<GroupRole> _roles = new(labels);
        private readonly EnumLabels<PersonCategory> _categories = new(labels);
        private (Guid Id, object?[]? Cells) _previous;

        public object?[] Read(DbDataReader r)
        {
            if (r.FieldCount != Columns)
            {
                throw new InvalidOperationException($"The pairs export's SQL has {r.FieldCount} columns, its reader reads {Columns}.");
            }

            var cells = new object?[Columns];
            var groupId = r.GetGuid(0);
            var group = _previous.Id == groupId ? _previous.Cells : null;
            if (group is null)
            {
                cells[0] = pseudonymizer.OfGroup(groupId);
                cells[1] = r.GetString(1);
                cells[2] = r.GetString(2);
                cells[3] = r.GetString(3);
                cells[4] = Text(r, 4);
                cells[5] = _forms.Of(r, 5);
                cells[6] = _formats.Of(r, 6);
                cells[7] = _statuses.Of(r, 7);
                cells[8] = r.GetFieldValue<DateOnly>(8);
                cells[9] = Date(r, 9);
            }
            else
            {
                Array.Copy(group, cells, FirstMemberColumn);
            }

            cells[10] = _roles.Of(r, 10);
            cells[11] = pseudonymizer.Of(r.GetGuid(11));
            cells[12] = _categories.Of(r, 12);
            cells[13] = r.GetFieldValue<DateOnly>(13);
            cells[14] = Date(r, 14);
            if (group is null)
            {
                cells[15] = _elements.Of(r, 15);
                cells[16] = Text(r, 16);
            }
            else
            {
                Array.Copy(group, LastMemberColumn + 1, cells, LastMemberColumn + 1, Columns - LastMemberColumn - 1);
            }

            _previous = (groupId, cells);
            return cells;
        }

        private static string? Text(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

        private static DateOnly? Date(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateOnly>(ordinal);
    }

    /// <summary>The labels of an enum by the name it is stored as, looked up without parsing it (once per name and export).</summary>
    private sealed class EnumLabels<TEnum>(ExportLabels labels)
        where TEnum : struct, Enum
    {
        private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

        public string? Of(DbDataReader r, int ordinal)
        {
            if (r.IsDBNull(ordinal))
            {
                return null;
            }

            var name = r.GetString(ordinal);
            if (!_byName.TryGetValue(name, out var label))
            {
                label = labels.Of(Enum.Parse<TEnum>(name))!;
                _byName[name] = label;
            }

            return label;
        }
    }
}
