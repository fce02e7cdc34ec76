using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>
/// The grouped aggregates of one region and year, each one SQL statement that returns a row per organisation (or per
/// organisation and key): participants are counted in the database, never loaded. The recompute is the system's own
/// work over a whole region, so the callers' query filters are not applied (they would only add a predicate that is
/// always true). A person counts at each organisation they belong to in Y — their home organisation and every
/// affiliation active in Y — and once in each municipality and in the region (RegionAggregates.Distinct.cs): without
/// such affiliations, per-organisation distinct counts add up to those of every higher level.
/// </summary>
public sealed partial class RegionAggregates(IApplicationDbContext db, Guid regionId, MonitoringPeriod period)
{
    // An intermediate projection that later operators filter and group: EF translates member access on an
    // object initialiser, not on a positional record's constructor.
    private sealed class MemberRow
    {
        public Guid PersonId { get; init; }

        public Guid OrganizationId { get; init; }

        public Guid MunicipalityId { get; init; }

        public bool IsRural { get; init; }

        public bool IsHardToReach { get; init; }

        public OrganizationKind Kind { get; init; }

        public GroupRole Role { get; init; }

        public PersonCategory Category { get; init; }

        public DateOnly? BirthDate { get; init; }

        public MentoringForm Form { get; init; }

        public MentoringFormat Format { get; init; }
    }

    public Task<List<OrganizationRow>> Organizations(CancellationToken cancellationToken) =>
        db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.RegionId == regionId)
            .OrderBy(o => o.Id)
            .Select(o => new OrganizationRow(o.Id, o.MunicipalityId, o.Kind, o.IsRural, o.IsHardToReach, o.IsArchived, o.ArchivedAt))
            .ToListAsync(cancellationToken);

    public Task<List<Guid>> Municipalities(CancellationToken cancellationToken) =>
        db.Municipalities.IgnoreQueryFilters().AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>The latest head-count of the academic year starting in September Y, else of the one starting in Y−1.</summary>
    public async Task<Dictionary<Guid, HeadCountRow>> HeadCounts(CancellationToken cancellationToken)
    {
        var year = period.HeadCountYear;
        var fallback = period.FallbackHeadCountYear;
        var all = db.HeadCounts.IgnoreQueryFilters();
        var rows = await all.AsNoTracking()
            .Where(h => db.Organizations.IgnoreQueryFilters().Any(o => o.Id == h.OrganizationId && o.RegionId == regionId))
            .Where(h => h.AcademicYear == year || (h.AcademicYear == fallback && !all.Any(c => c.OrganizationId == h.OrganizationId && c.AcademicYear == year)))
            .Where(h => !all.Any(later => later.OrganizationId == h.OrganizationId && later.AcademicYear == h.AcademicYear && later.ReportedAt > h.ReportedAt))
            .Select(h => new HeadCountRow(h.OrganizationId, h.Id, h.PupilsTotal, h.PupilsInAgeBand, h.AdditionalEducationPupils, h.TeachersUnder35, h.YoungSpecialists, h.AdditionalEducationPupilsMentored))
            .ToListAsync(cancellationToken);

        // Two reports of one instant: the larger id (the later one, ids are version 7) wins.
        return rows.GroupBy(h => h.OrganizationId).ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Id).First());
    }

    /// <summary>
    /// Distinct persons per organisation and role in a pair or group active in Y, and in the same pass the mentees each
    /// coverage indicator counts: one scan of the membership join instead of one per indicator.
    /// </summary>
    public Task<List<RoleCounts>> Participants(CancellationToken cancellationToken)
    {
        var (bornOnOrBefore, bornAfter, teacherBornAfter) = (period.PupilBornOnOrBefore, period.PupilBornAfter, period.YoungTeacherBornAfter);
        return Members().GroupBy(m => new { m.OrganizationId, m.Role })
            .Select(g => new RoleCounts(
                g.Key.OrganizationId,
                g.Key.Role,
                g.Select(m => m.PersonId).Distinct().Count(),
                g.Where(m => m.Category == PersonCategory.Pupil && m.BirthDate <= bornOnOrBefore && m.BirthDate > bornAfter).Select(m => m.PersonId).Distinct().Count(),
                g.Where(m => m.Category == PersonCategory.Pupil && m.BirthDate == null).Select(m => m.PersonId).Distinct().Count(),
                g.Where(m => m.Category == PersonCategory.Teacher && m.BirthDate > teacherBornAfter).Select(m => m.PersonId).Distinct().Count(),
                g.Where(m => m.Category == PersonCategory.Pupil && m.Kind == OrganizationKind.AdditionalEducation).Select(m => m.PersonId).Distinct().Count()))
            .ToListAsync(cancellationToken);
    }

    public Task<List<RoleFormCount>> ParticipantsByForm(CancellationToken cancellationToken) =>
        Members().GroupBy(m => new { m.OrganizationId, m.Role, m.Form })
            .Select(g => new RoleFormCount(g.Key.OrganizationId, g.Key.Role, g.Key.Form, g.Select(m => m.PersonId).Distinct().Count()))
            .ToListAsync(cancellationToken);

    public Task<List<RoleFormatCount>> ParticipantsByFormat(CancellationToken cancellationToken) =>
        Members().GroupBy(m => new { m.OrganizationId, m.Role, m.Format })
            .Select(g => new RoleFormatCount(g.Key.OrganizationId, g.Key.Role, g.Key.Format, g.Select(m => m.PersonId).Distinct().Count()))
            .ToListAsync(cancellationToken);

    /// <summary>Pairs and groups active in Y, at the organisation that runs the programme.</summary>
    public Task<List<GroupCount>> Groups(CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        return (from g in db.MentoringGroups.IgnoreQueryFilters()
                join p in db.Programmes.IgnoreQueryFilters() on g.ProgrammeId equals p.Id
                join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
                where o.RegionId == regionId && g.StartedAt <= end && (g.EndedAt == null || g.EndedAt >= start)
                group g by new { p.OrganizationId, g.Form, g.Format } into grp
                select new GroupCount(grp.Key.OrganizationId, grp.Key.Form, grp.Key.Format, grp.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Programmes per organisation that cover calendar year Y: one of its academic years is Y−1/Y (January–August)
    /// or Y/Y+1 (September–December).
    /// </summary>
    public Task<List<OrganizationCount>> Programmes(CancellationToken cancellationToken)
    {
        var year = period.HeadCountYear;
        var previous = period.FallbackHeadCountYear;
        return db.Programmes.IgnoreQueryFilters()
            .Where(p => db.Organizations.IgnoreQueryFilters().Any(o => o.Id == p.OrganizationId && o.RegionId == regionId))
            .Where(p => p.StartYear <= year && ((p.EndYear == null && p.StartYear >= previous) || p.EndYear >= previous))
            .GroupBy(p => p.OrganizationId)
            .Select(g => new OrganizationCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<MemberRow> PupilsInBand()
    {
        var bornOnOrBefore = period.PupilBornOnOrBefore;
        var bornAfter = period.PupilBornAfter;
        return Members().Where(m => m.Category == PersonCategory.Pupil && m.BirthDate <= bornOnOrBefore && m.BirthDate > bornAfter);
    }

    private IQueryable<MemberRow> PupilsNotPlaced() => Members().Where(m => m.Category == PersonCategory.Pupil && m.BirthDate == null);

    private IQueryable<MemberRow> YoungTeachers()
    {
        var bornAfter = period.YoungTeacherBornAfter;
        return Members().Where(m => m.Category == PersonCategory.Teacher && m.BirthDate > bornAfter);
    }

    private IQueryable<MemberRow> AdditionalEducationPupils() =>
        Members().Where(m => m.Category == PersonCategory.Pupil && m.Kind == OrganizationKind.AdditionalEducation);

    /// <summary>
    /// Memberships of the region's people in a pair or group that was active, with them in it, on a day of Y: one row at
    /// the person's home organisation and one at each organisation they were affiliated with on a day of Y (in the role
    /// they had there).
    /// </summary>
    private IQueryable<MemberRow> Members()
    {
        var (start, end) = (period.Start, period.End);
        var belongings = db.People.IgnoreQueryFilters()
            .Select(p => new Belonging { PersonId = p.Id, OrganizationId = p.OrganizationId, Category = p.Category })
            .Concat(db.PersonAffiliations.IgnoreQueryFilters()
                .Where(a => a.From <= end && (a.To == null || a.To >= start))
                .Select(a => new Belonging { PersonId = a.PersonId, OrganizationId = a.OrganizationId, Category = a.Role }));
        return from m in db.GroupMembers
               join g in db.MentoringGroups.IgnoreQueryFilters() on m.GroupId equals g.Id
               join p in db.People.IgnoreQueryFilters() on m.PersonId equals p.Id
               join b in belongings on m.PersonId equals b.PersonId
               join o in db.Organizations.IgnoreQueryFilters() on b.OrganizationId equals o.Id
               where o.RegionId == regionId
                     && g.StartedAt <= end && (g.EndedAt == null || g.EndedAt >= start)
                     && m.JoinedAt <= end && (m.LeftAt == null || m.LeftAt >= start)
               select new MemberRow
               {
                   PersonId = m.PersonId,
                   OrganizationId = o.Id,
                   MunicipalityId = o.MunicipalityId,
                   IsRural = o.IsRural,
                   IsHardToReach = o.IsHardToReach,
                   Kind = o.Kind,
                   Role = m.Role,
                   Category = b.Category,
                   BirthDate = p.BirthDate,
                   Form = g.Form,
                   Format = g.Format,
               };
    }

    /// <summary>An organisation a person belongs to: their home organisation or an affiliation active in Y.</summary>
    private sealed class Belonging
    {
        public Guid PersonId { get; init; }

        public Guid OrganizationId { get; init; }

        public PersonCategory Category { get; init; }
    }
}
