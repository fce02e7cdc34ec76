using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

public enum GroupStatus
{
    Active = 1,

    /// <summary>Завершена: results presented.</summary>
    Completed,

    /// <summary>Прекращена досрочно, with a reason.</summary>
    Terminated,
}

public enum GroupRole
{
    Mentor = 1,
    Mentee,
}

/// <summary>
/// A mentoring pair or group (наставническая пара/группа) confirmed by the curator at stage 5. It counts in a
/// monitoring year when it was active on at least one day of it.
/// </summary>
public class MentoringGroup : AuditableEntity
{
    public const int NameMaxLength = TextLengths.Label;
    public const int ReasonMaxLength = TextLengths.Paragraph;
    public const string ConsentRevokedReason = "consent revoked";

    private readonly List<GroupMember> _members = [];

    private MentoringGroup()
    {
    }

    public MentoringGroup(Guid programmeId, MentoringForm form, MentoringFormat format, DateOnly startedAt, string? name = null)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        Form = Check.Defined(form, "form");
        Format = Check.Defined(format, "format");
        StartedAt = startedAt;
        Name = Guard.Optional(name, "name", NameMaxLength);
        Status = GroupStatus.Active;
        AddDomainEvent(new GroupConfirmed(Id, ProgrammeId, StartedAt));
    }

    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    /// <summary>A group's own name, e.g. of a «круг наставничества»; pairs usually have none.</summary>
    public string? Name { get; private set; }

    public MentoringForm Form { get; private set; }

    public MentoringFormat Format { get; private set; }

    public GroupStatus Status { get; private set; }

    public DateOnly StartedAt { get; private set; }

    public DateOnly? EndedAt { get; private set; }

    /// <summary>Why a group was terminated, or a closing remark on completion.</summary>
    public string? EndReason { get; private set; }

    public IReadOnlyCollection<GroupMember> Members => _members.AsReadOnly();

    public IEnumerable<GroupMember> ActiveMembers => _members.Where(m => m.LeftAt is null);

    public bool IsActive => Status == GroupStatus.Active;

    public bool IsMember(Guid personId) => _members.Exists(m => m.PersonId == personId);

    public bool IsActiveMember(Guid personId, GroupRole role) => ActiveMembers.Any(m => m.PersonId == personId && m.Role == role);

    /// <summary>Whether the group was active on at least one day between two dates (inclusive).</summary>
    public bool WasActiveBetween(DateOnly from, DateOnly to) => StartedAt <= to && (EndedAt is null || EndedAt >= from);

    /// <summary>
    /// Adds a mentor or a mentee. The form must allow the person's category on that side, and the person needs an
    /// active consent (load the person with their consents).
    /// </summary>
    public GroupMember AddMember(Person person, GroupRole role, DateOnly joinedAt, DateTimeOffset now)
    {
        EnsureActive();
        Check.Defined(role, "role");
        if (person.IsAnonymised || !person.HasActiveConsent(now))
        {
            throw new DomainConflictException("The person has no active consent to the processing of personal data.", "personId");
        }

        if (!FormRules.AllowsMember(Form, role == GroupRole.Mentor, person.Category, person.HasSpecialNeeds))
        {
            var why = role == GroupRole.Mentee && FormRules.For(Form).MenteeCategories.Contains(person.Category)
                ? $"The form {Form} is for children with special needs."
                : $"The form {Form} does not allow a {person.Category} as {role}.";
            throw new DomainException(why, "personId");
        }

        if (ActiveMembers.Any(m => m.PersonId == person.Id))
        {
            throw new DomainConflictException("The person is already a member of the group.", "personId");
        }

        if (Format == MentoringFormat.OneToOne && ActiveMembers.Any(m => m.Role == role))
        {
            throw new DomainConflictException($"A one-to-one pair has one {role.ToString().ToLowerInvariant()}.", "role");
        }

        Check.NotBefore(joinedAt, StartedAt, "joinedAt");
        var member = new GroupMember(Id, person.Id, role, joinedAt);
        _members.Add(member);
        return member;
    }

    public void RemoveMember(Guid personId, DateOnly leftAt, string reason)
    {
        EnsureActive();
        var member = ActiveMembers.FirstOrDefault(m => m.PersonId == personId)
                     ?? throw new DomainException("The person is not an active member of the group.", "personId");
        member.Leave(leftAt, Guard.NotBlank(reason, "reason", ReasonMaxLength));
    }

    /// <summary>The group presented its results and is closed (stage 6).</summary>
    public void Complete(DateOnly endedAt, string? remark = null) =>
        End(GroupStatus.Completed, endedAt, Guard.Optional(remark, "remark", ReasonMaxLength), memberReason: "group completed");

    /// <summary>The group ends early; a reason is required.</summary>
    public void Terminate(DateOnly endedAt, string reason)
    {
        var why = Guard.NotBlank(reason, "reason", ReasonMaxLength);
        End(GroupStatus.Terminated, endedAt, why, why);
    }

    public void SetName(string? name) => Name = Guard.Optional(name, "name", NameMaxLength);

    private void End(GroupStatus status, DateOnly endedAt, string? reason, string memberReason)
    {
        EnsureActive();
        Check.NotBefore(endedAt, StartedAt, "endedAt");
        var active = ActiveMembers.ToList();
        if (active.Exists(m => m.JoinedAt > endedAt))
        {
            throw new DomainException("A group cannot end before one of its members joined.", "endedAt");
        }

        foreach (var member in active)
        {
            member.Leave(endedAt, memberReason);
        }

        Status = status;
        EndedAt = endedAt;
        EndReason = reason;
        AddDomainEvent(new GroupClosed(Id, ProgrammeId, status, endedAt));
    }

    private void EnsureActive()
    {
        if (Status != GroupStatus.Active)
        {
            throw new DomainConflictException($"The group is already {Status.ToString().ToLowerInvariant()}.", "status");
        }
    }
}

/// <summary>A mentor or mentee of a group, from joining to leaving.</summary>
public class GroupMember : BaseEntity
{
    private GroupMember()
    {
    }

    internal GroupMember(Guid groupId, Guid personId, GroupRole role, DateOnly joinedAt)
    {
        GroupId = groupId;
        PersonId = personId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public Guid GroupId { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    public GroupRole Role { get; private set; }

    public DateOnly JoinedAt { get; private set; }

    public DateOnly? LeftAt { get; private set; }

    public string? LeaveReason { get; private set; }

    internal void Leave(DateOnly leftAt, string reason)
    {
        LeftAt = Check.NotBefore(leftAt, JoinedAt, "leftAt");
        LeaveReason = reason;
    }
}
