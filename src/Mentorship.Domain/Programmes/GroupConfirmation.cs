using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>A person proposed for a pair or group, in a role, and the input field that named them.</summary>
public sealed record GroupMemberChoice(Guid PersonId, GroupRole Role, string Field);

/// <summary>
/// Confirms a pair or group (stage 5), a rule across aggregates: the programme has reached stage 5 and uses the form
/// (and the format, when it chose formats); mentors come from its active mentor bank and stay within capacity;
/// mentees come from its active mentee bank and are in no other active pair/group of it (one active participation);
/// the group itself checks the form's sides and both sides' consents. It is given what it needs loaded: the bank
/// entries and the people (with their consents) of the persons named, the mentors' current loads and the mentees
/// already paired.
/// </summary>
public sealed class GroupConfirmation
{
    private readonly Programme _programme;
    private readonly Dictionary<Guid, Mentor> _mentors;
    private readonly Dictionary<Guid, Mentee> _mentees;
    private readonly Dictionary<Guid, Person> _people;
    private readonly IReadOnlyDictionary<Guid, int> _mentorLoads;
    private readonly IReadOnlySet<Guid> _pairedMentees;
    private Dictionary<Guid, MunicipalMentor> _bankEntries = [];
    private IReadOnlyDictionary<Guid, int> _personLoads = new Dictionary<Guid, int>();
    private HashSet<Guid> _orphanCareAffiliated = [];

    /// <param name="programme">The programme, with its forms and formats.</param>
    /// <param name="mentors">The programme's mentor-bank entries of the persons named.</param>
    /// <param name="mentees">The programme's mentee-bank entries of the persons named.</param>
    /// <param name="people">The persons named, with their consents and organisations.</param>
    /// <param name="mentorLoads">Mentees in the active pairs/groups of the programme, per mentor (person).</param>
    /// <param name="pairedMentees">Mentees (persons) in an active pair/group of the programme, other than one being replaced.</param>
    public GroupConfirmation(
        Programme programme, IEnumerable<Mentor> mentors, IEnumerable<Mentee> mentees, IEnumerable<Person> people,
        IReadOnlyDictionary<Guid, int> mentorLoads, IReadOnlySet<Guid> pairedMentees)
    {
        _programme = programme;
        _mentors = mentors.Where(m => m.ProgrammeId == programme.Id).ToDictionary(m => m.PersonId);
        _mentees = mentees.Where(m => m.ProgrammeId == programme.Id).ToDictionary(m => m.PersonId);
        _people = people.ToDictionary(p => p.Id);
        _mentorLoads = mentorLoads;
        _pairedMentees = pairedMentees;
    }

    /// <summary>
    /// The municipal bank of mentors and experts of the programme's municipality: its active entries of the persons
    /// named may be drawn as mentors into a pair of the network format, mentor bank of the programme or not; and
    /// whoever is in it takes no more mentees than its capacity counts over every programme.
    /// </summary>
    /// <param name="entries">The entries of the persons named in the bank of the programme's municipality.</param>
    /// <param name="personLoads">Mentees in the active pairs/groups of every programme, per mentor (person) named.</param>
    public GroupConfirmation WithMunicipalBank(IEnumerable<MunicipalMentor> entries, IReadOnlyDictionary<Guid, int> personLoads)
    {
        _bankEntries = entries.ToDictionary(e => e.PersonId);
        _personLoads = personLoads;
        return this;
    }

    /// <summary>The persons named who are affiliated, besides their home organisation, with an organisation for orphans.</summary>
    public GroupConfirmation WithOrphanCareAffiliations(IEnumerable<Guid> personIds)
    {
        _orphanCareAffiliated = personIds.ToHashSet();
        return this;
    }

    public MentoringGroup Confirm(MentoringForm form, MentoringFormat format, string? name, DateOnly startedAt, IReadOnlyList<GroupMemberChoice> members, DateTimeOffset now)
    {
        _programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        if (!_programme.HasForm(form))
        {
            throw new DomainException(ErrorCodes.Group.FormNotInProgramme, "form", form);
        }

        if (_programme.Formats.Count > 0 && !_programme.HasFormat(format))
        {
            throw new DomainException(ErrorCodes.Group.FormatNotInProgramme, "format", format);
        }

        var newMentees = members.Count(m => m.Role == GroupRole.Mentee);
        var group = new MentoringGroup(_programme.Id, form, format, startedAt, name);
        foreach (var member in members)
        {
            if (member.Role == GroupRole.Mentor)
            {
                EnsureMentorCanTake(member, newMentees, format);
            }
            else
            {
                EnsureMenteeFree(member);
                EnsureMenteeFitsForm(member, form);
            }

            try
            {
                // A bank entry is of a registered person, so the person is there.
                group.AddMember(_people[member.PersonId], member.Role, startedAt, now);
            }
            catch (DomainException refused)
            {
                throw refused.AtField(member.Field);
            }
        }

        return group;
    }

    private void EnsureMentorCanTake(GroupMemberChoice member, int newMentees, MentoringFormat format)
    {
        var bankEntry = _bankEntries.GetValueOrDefault(member.PersonId);

        // One limit for the person across schools (seed 001): every active pair of every programme counts.
        bankEntry?.EnsureCanTake(_personLoads.GetValueOrDefault(member.PersonId), newMentees, member.Field);
        var mentor = _mentors.GetValueOrDefault(member.PersonId);
        if (mentor is null)
        {
            // Drawn from the municipal bank: a mentor from another school works in the network format (сетевая форма).
            if (bankEntry is null || bankEntry.Role != MunicipalBankRole.Mentor)
            {
                throw new DomainException(ErrorCodes.Group.MentorNotInBank, member.Field);
            }

            if (format != MentoringFormat.Network)
            {
                throw new DomainException(ErrorCodes.MentorBank.NetworkFormatRequired, "format", format);
            }

            return;
        }

        if (!mentor.IsActive)
        {
            throw new DomainConflictException(ErrorCodes.Group.MentorInactive, member.Field);
        }

        var load = _mentorLoads.GetValueOrDefault(member.PersonId);
        if (load + newMentees > mentor.Capacity)
        {
            throw new DomainConflictException(ErrorCodes.Group.MentorCapacityExceeded, member.Field, mentor.Capacity, load);
        }
    }

    /// <summary>The form for orphans takes pupils of an organisation for orphans only (the ОВЗ forms are checked by the group).</summary>
    private void EnsureMenteeFitsForm(GroupMemberChoice member, MentoringForm form)
    {
        if (FormRules.IsForOrphans(form) && _people[member.PersonId].Organization?.Kind != Territory.OrganizationKind.OrphanCareOrganization
            && !_orphanCareAffiliated.Contains(member.PersonId))
        {
            throw new DomainException(ErrorCodes.PairRules.FormForOrphans, member.Field, form);
        }
    }

    private void EnsureMenteeFree(GroupMemberChoice member)
    {
        var mentee = _mentees.GetValueOrDefault(member.PersonId) ?? throw new DomainException(ErrorCodes.Group.MenteeNotInBank, member.Field);
        if (!mentee.IsActive)
        {
            throw new DomainConflictException(ErrorCodes.Group.MenteeInactive, member.Field);
        }

        if (_pairedMentees.Contains(member.PersonId))
        {
            throw new DomainConflictException(ErrorCodes.Group.MenteeAlreadyPaired, member.Field);
        }
    }
}
