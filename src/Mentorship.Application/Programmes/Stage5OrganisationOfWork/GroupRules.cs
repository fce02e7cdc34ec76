using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

internal static class GroupRules
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

    /// <summary>The mentees (persons) already in an active pair/group of the programme, other than <paramref name="exceptGroupId"/>.</summary>
    public static async Task<HashSet<Guid>> ActiveMenteesAsync(IApplicationDbContext db, Guid programmeId, Guid? exceptGroupId, CancellationToken cancellationToken)
    {
        var activeGroups = db.MentoringGroups.IgnoreQueryFilters()
            .Where(g => g.ProgrammeId == programmeId && g.Status == GroupStatus.Active && g.Id != exceptGroupId).Select(g => g.Id);
        var ids = await db.GroupMembers.Where(m => m.Role == GroupRole.Mentee && m.LeftAt == null && activeGroups.Contains(m.GroupId))
            .Select(m => m.PersonId).Distinct().ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }

    /// <summary>
    /// Confirms a pair or group: the programme is at stage 5 or later and uses the form (and the format, when it
    /// chose formats); mentors come from the active mentor bank within capacity, mentees from the active mentee bank
    /// and in no other active pair/group; the domain checks the form's categories and both sides' consents.
    /// </summary>
    public static async Task<MentoringGroup> ConfirmAsync(
        IApplicationDbContext db, Programme programme, MentoringForm form, MentoringFormat format, string? name, DateOnly startedAt,
        IReadOnlyList<(Guid PersonId, GroupRole Role)> members, DateTimeOffset now, Func<int, string> fieldOf, Guid? replacingGroupId, CancellationToken cancellationToken)
    {
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        if (!programme.HasForm(form))
        {
            throw new ValidationException("form", Texts.Pick("Программа не использует эту форму наставничества.", "The programme does not use this mentoring form."));
        }

        if (programme.Formats.Count > 0 && !programme.HasFormat(format))
        {
            throw new ValidationException("format", Texts.Pick("Программа не использует этот формат наставничества.", "The programme does not use this mentoring format."));
        }

        var personIds = members.Select(m => m.PersonId).ToList();
        var mentors = await db.Mentors.Where(m => m.ProgrammeId == programme.Id && personIds.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var mentees = await db.Mentees.Where(m => m.ProgrammeId == programme.Id && personIds.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var people = await db.People.IgnoreQueryFilters().Include(p => p.Consents).Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var loads = await MentorLoadsAsync(db, programme.Id, cancellationToken);
        var paired = await ActiveMenteesAsync(db, programme.Id, replacingGroupId, cancellationToken);
        var newMentees = members.Count(m => m.Role == GroupRole.Mentee);

        var group = new MentoringGroup(programme.Id, form, format, startedAt, name);
        for (var i = 0; i < members.Count; i++)
        {
            var (personId, role) = members[i];
            var field = fieldOf(i);
            if (role == GroupRole.Mentor)
            {
                var mentor = mentors.GetValueOrDefault(personId)
                             ?? throw new ValidationException(field, Texts.Pick("Этого человека нет в базе наставников программы.", "The person is not in the programme's mentor bank."));
                mentor.EnsureCanTake(loads.GetValueOrDefault(personId), newMentees, field);
            }
            else
            {
                var mentee = mentees.GetValueOrDefault(personId)
                             ?? throw new ValidationException(field, Texts.Pick("Этого человека нет в базе наставляемых программы.", "The person is not in the programme's mentee bank."));
                if (!mentee.IsActive)
                {
                    throw new ConflictException(Texts.Pick("Наставляемый исключён из подбора.", "The mentee is inactive."), field);
                }

                if (paired.Contains(personId))
                {
                    throw new ConflictException(Texts.Pick("Наставляемый уже в действующей паре или группе программы.", "The mentee is already in an active pair or group of the programme."), field);
                }
            }

            try
            {
                group.AddMember(people[personId], role, startedAt, now);
            }
            catch (DomainConflictException conflict)
            {
                throw new DomainConflictException(conflict.Message, field);
            }
            catch (DomainException invalid)
            {
                throw new DomainException(invalid.Message, field);
            }
        }

        db.MentoringGroups.Add(group);
        return group;
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
}
