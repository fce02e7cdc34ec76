using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.MentorBank;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>The reads the use cases of stage 5 share: groups for a record, what a confirmation needs, a group as returned.</summary>
internal static class GroupReads
{
    /// <summary>Mentees in the active pairs/groups of the programme, per mentor (person) who is an active member there.</summary>
    public static async Task<Dictionary<Guid, int>> MentorLoadsAsync(IApplicationDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        var activeGroups = db.MentoringGroups.IgnoreQueryFilters().Where(g => g.ProgrammeId == programmeId && g.Status == GroupStatus.Active).Select(g => g.Id);
        var rows = await (from mentor in db.GroupMembers
                          where mentor.Role == GroupRole.Mentor && mentor.LeftAt == null && activeGroups.Contains(mentor.GroupId)
                          from mentee in db.GroupMembers
                          where mentee.GroupId == mentor.GroupId && mentee.Role == GroupRole.Mentee && mentee.LeftAt == null
                          group mentee by mentor.PersonId into load
                          select new { PersonId = load.Key, Count = load.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PersonId, r => r.Count);
    }

    /// <summary>
    /// The mentees (persons) already in an active pair/group other than <paramref name="exceptGroupId"/>: of the programme
    /// in any form, and — given a <paramref name="form"/> — of any programme in that form (one active participation per
    /// mentee and form, whoever runs the programme).
    /// </summary>
    public static async Task<HashSet<Guid>> ActiveMenteesAsync(IApplicationDbContext db, Guid programmeId, Guid? exceptGroupId, CancellationToken cancellationToken,
        MentoringForm? form = null)
    {
        var activeGroups = db.MentoringGroups.IgnoreQueryFilters()
            .Where(g => (g.ProgrammeId == programmeId || g.Form == form) && g.Status == GroupStatus.Active && g.Id != exceptGroupId).Select(g => g.Id);
        var ids = await db.GroupMembers.Where(m => m.Role == GroupRole.Mentee && m.LeftAt == null && activeGroups.Contains(m.GroupId))
            .Select(m => m.PersonId).Distinct().ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }

    /// <summary>
    /// What the domain needs to confirm a pair or group of these persons: their bank entries, themselves with their
    /// consents (read past the person scope, for these persons only), the mentors' loads and the mentees already paired
    /// outside <paramref name="replacingGroupId"/>. Their bank entries are locked first (see <see cref="LockBankEntriesAsync"/>),
    /// so the loads and pairings read here stay true until the transaction commits.
    /// </summary>
    public static async Task<GroupConfirmation> ConfirmationAsync(
        IApplicationDbContext db, Programme programme, MentoringForm form, IReadOnlyCollection<Guid> personIds, Guid? replacingGroupId, CancellationToken cancellationToken)
    {
        await LockBankEntriesAsync(db, programme.Id, personIds, cancellationToken);
        var mentors = await db.Mentors.Where(m => m.ProgrammeId == programme.Id && personIds.Contains(m.PersonId)).ToListAsync(cancellationToken);
        var mentees = await db.Mentees.Where(m => m.ProgrammeId == programme.Id && personIds.Contains(m.PersonId)).ToListAsync(cancellationToken);
        var people = await db.People.IgnoreQueryFilters().Include(p => p.Consents).Include(p => p.Organization).Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var loads = await MentorLoadsAsync(db, programme.Id, cancellationToken);
        var paired = await ActiveMenteesAsync(db, programme.Id, replacingGroupId, cancellationToken, form);
        var (bankEntries, personLoads) = await MunicipalBankAsync(db, programme, personIds, cancellationToken);
        var orphanCare = await db.PersonAffiliations.IgnoreQueryFilters()
            .Where(a => personIds.Contains(a.PersonId) && a.To == null && a.Organization!.Kind == OrganizationKind.OrphanCareOrganization)
            .Select(a => a.PersonId).ToListAsync(cancellationToken);
        return new GroupConfirmation(programme, mentors, mentees, people, loads, paired).WithMunicipalBank(bankEntries, personLoads)
            .WithOrphanCareAffiliations(orphanCare);
    }

    /// <summary>
    /// The entries of these persons in the mentor bank of the programme's municipality, and for those in it their mentees
    /// in active pairs/groups of every programme (read after the persons' rows were locked, so they stay true).
    /// </summary>
    private static async Task<(List<MunicipalMentor> Entries, Dictionary<Guid, int> Loads)> MunicipalBankAsync(
        IApplicationDbContext db, Programme programme, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var municipalityId = db.Organizations.IgnoreQueryFilters().Where(o => o.Id == programme.OrganizationId).Select(o => o.MunicipalityId);
        var entries = await db.MunicipalMentors.IgnoreQueryFilters()
            .Where(m => personIds.Contains(m.PersonId) && municipalityId.Contains(m.MunicipalityId)).ToListAsync(cancellationToken);
        var inBank = entries.ConvertAll(e => e.PersonId);
        var loads = inBank.Count == 0 ? [] : await MunicipalMentorReads.LoadsAsync(db, inBank, cancellationToken);
        return (entries, loads);
    }

    /// <summary>
    /// Takes the write lock on the mentor- and mentee-bank entries of these persons, held to the end of the command's
    /// transaction: a no-op UPDATE, which every provider turns into a lock (a row lock in PostgreSQL and SQL Server, the
    /// database's write lock in SQLite). Two confirmations naming the same mentor or mentee — in this programme or, through
    /// the person's row, in another — run one after the other, so
    /// the second reads the loads and pairings the first committed: capacity and one active participation are checked
    /// against the database, not against a read another request is about to make untrue. Mentors are locked before
    /// mentees, each set in one statement; a deadlock between two multi-mentor groups is a transient failure the
    /// execution strategy retries.
    /// </summary>
    private static async Task LockBankEntriesAsync(IApplicationDbContext db, Guid programmeId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A confirmation locks the bank entries it checks, so it runs in a transaction (ITransactionalCommand).");
        }

        await db.Mentors.IgnoreQueryFilters().Where(m => m.ProgrammeId == programmeId && personIds.Contains(m.PersonId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, m => m.Version), cancellationToken);
        await db.Mentees.IgnoreQueryFilters().Where(m => m.ProgrammeId == programmeId && personIds.Contains(m.PersonId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, m => m.Version), cancellationToken);

        // The persons too: a mentee in two programmes has a bank entry in each, and one active participation per form
        // holds across programmes only if confirmations in either wait for each other.
        await db.People.IgnoreQueryFilters().Where(p => personIds.Contains(p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
    }

    /// <summary>
    /// The group for a record: staff, or a member (a mentor when <paramref name="mentorsOnly"/>); others are refused.
    /// The programme must still take changes.
    /// </summary>
    public static async Task<MentoringGroup> ForRecordAsync(IApplicationDbContext db, ICurrentUser user, Guid groupId, bool mentorsOnly, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(groupId, cancellationToken);
        var caller = user.CallerIn(group);
        if (!caller.IsStaff && (!caller.IsMember || (mentorsOnly && caller.MemberRole != GroupRole.Mentor)))
        {
            throw new ForbiddenAccessException();
        }

        (await db.ProgrammeAsync(group.ProgrammeId, cancellationToken)).EnsureActive();
        return group;
    }

    public static async Task EnsureVisibleAsync(IApplicationDbContext db, Guid groupId, CancellationToken cancellationToken)
    {
        if (!await db.MentoringGroups.AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            throw new NotFoundException(nameof(MentoringGroup), groupId);
        }
    }

    /// <summary>A group as the API returns it, members' names filled in.</summary>
    public static async Task<GroupDto> DtoAsync(IApplicationDbContext db, IMapper mapper, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.MentoringGroups.AsNoTracking().Where(g => g.Id == groupId).ProjectTo<GroupDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(MentoringGroup), groupId);
        return (await WithNamesAsync(db, [group], cancellationToken))[0];
    }

    /// <summary>
    /// Fills in the members' names. The members of a group the caller may see may see one another, so the names are
    /// read past the person scope, for these persons only.
    /// </summary>
    public static async Task<IReadOnlyList<GroupDto>> WithNamesAsync(IApplicationDbContext db, IReadOnlyList<GroupDto> groups, CancellationToken cancellationToken)
    {
        var ids = groups.SelectMany(g => g.Members.Select(m => m.PersonId)).Distinct().ToList();
        var names = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName }).ToDictionaryAsync(p => p.Id, p => p.Name.Trim(), cancellationToken);
        return groups.Select(g => g with { Members = g.Members.Select(m => m with { Name = names.GetValueOrDefault(m.PersonId, string.Empty) }).ToList() }).ToList();
    }

    public static MeetingHoursDto Hours(Guid groupId, int meetings, int minutes) =>
        new(groupId, meetings, minutes, Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero));
}
