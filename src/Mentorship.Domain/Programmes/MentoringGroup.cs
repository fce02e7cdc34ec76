using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// State of a pair or group (наставническая пара/группа): Active — working; Completed — завершена, results presented;
/// Terminated — прекращена досрочно, with a reason.
/// </summary>
public enum GroupStatus
{
    Active = 1,

    /// <summary>Завершена: results presented.</summary>
    Completed,

    /// <summary>Прекращена досрочно, with a reason.</summary>
    Terminated,
}

/// <summary>Side of a member in a pair or group: Mentor — наставник; Mentee — наставляемый.</summary>
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
    public const int DeficitMaxLength = TextLengths.Tag;
    private const string ElementField = "teacherElement";
    private const string DeficitField = "deficit";

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

    /// <summary>Element of the teacher model a teacher–teacher pair works in (адаптация, обучение, сопровождение); null for other forms.</summary>
    public TeacherModelElement? TeacherElement { get; private set; }

    /// <summary>The professional deficit a teacher–teacher pair addresses (дефицит), a tag; null for other forms.</summary>
    public string? Deficit { get; private set; }

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
            throw new DomainConflictException(ErrorCodes.Group.MemberWithoutConsent, "personId");
        }

        if (!FormRules.AllowsMember(Form, role == GroupRole.Mentor, person.Category, person.HasSpecialNeeds))
        {
            throw role == GroupRole.Mentee && FormRules.For(Form).MenteeCategories.Contains(person.Category)
                ? new DomainException(ErrorCodes.Group.FormForSpecialNeeds, "personId", Form)
                : new DomainException(ErrorCodes.Group.FormDisallowsMember, "personId", Form, person.Category, role);
        }

        if (ActiveMembers.Any(m => m.PersonId == person.Id))
        {
            throw new DomainConflictException(ErrorCodes.Group.AlreadyMember, "personId");
        }

        if (Format == MentoringFormat.OneToOne && ActiveMembers.Any(m => m.Role == role))
        {
            throw new DomainConflictException(ErrorCodes.Group.OneToOneSideTaken, "role", role);
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
                     ?? throw new DomainException(ErrorCodes.Group.NotAMember, "personId");
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

    /// <summary>
    /// The teacher model (seed 001): a teacher–teacher pair names its element and the deficit it addresses, both
    /// required; a pair of any other form names neither.
    /// </summary>
    public void SetTeacherModel(TeacherModelElement? element, string? deficit)
    {
        if (Form != MentoringForm.TeacherTeacher)
        {
            var given = element is not null ? ElementField : DeficitField;
            if (element is not null || !string.IsNullOrWhiteSpace(deficit))
            {
                throw new DomainException(ErrorCodes.PairRules.TeacherModelOnlyForTeachers, given, Form);
            }

            return;
        }

        if (element is not { } named)
        {
            throw new DomainException(ErrorCodes.PairRules.TeacherElementRequired, ElementField);
        }

        TeacherElement = Check.Defined(named, ElementField);
        Deficit = string.IsNullOrWhiteSpace(deficit)
            ? throw new DomainException(ErrorCodes.PairRules.TeacherDeficitRequired, DeficitField)
            : Tags.Normalize(deficit, DeficitField);
    }

    public void SetName(string? name) => Name = Guard.Optional(name, "name", NameMaxLength);

    private void End(GroupStatus status, DateOnly endedAt, string? reason, string memberReason)
    {
        EnsureActive();
        Check.NotBefore(endedAt, StartedAt, "endedAt");
        var active = ActiveMembers.ToList();
        if (active.Exists(m => m.JoinedAt > endedAt))
        {
            throw new DomainException(ErrorCodes.Group.EndsBeforeMemberJoined, "endedAt");
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

    /// <summary>A completed or terminated pair/group takes no new members, goals or meetings.</summary>
    public void EnsureActive()
    {
        if (Status != GroupStatus.Active)
        {
            throw new DomainConflictException(ErrorCodes.Group.NotActive, "status", Status);
        }
    }

    /// <summary>A goal of the active pair/group, or of one of its mentees.</summary>
    public Goal SetGoal(Guid? menteePersonId, string text, DateOnly? dueOn)
    {
        EnsureActive();
        EnsureMentee(menteePersonId);
        return new Goal(Id, menteePersonId, text, dueOn);
    }

    /// <summary>An intermediate result of the pair/group or of one of its mentees (also after it ended).</summary>
    public IntermediateResult RecordResult(Guid? menteePersonId, DateOnly recordedOn, string text)
    {
        EnsureMentee(menteePersonId);
        return new IntermediateResult(Id, menteePersonId, recordedOn, text);
    }

    /// <summary>A meeting of the active pair/group, not before it started.</summary>
    public Meeting LogMeeting(DateTimeOffset at, int durationMinutes, MeetingKind kind, string? topic, string? notes)
    {
        EnsureActive();
        if (DateOnly.FromDateTime(at.UtcDateTime) < StartedAt)
        {
            throw new DomainException(ErrorCodes.Group.MeetingBeforeStart, "at", StartedAt);
        }

        return new Meeting(Id, at, durationMinutes, kind, topic, notes);
    }

    /// <summary>Feedback of a member, past members included (final feedback comes after the group ended).</summary>
    public Feedback TakeFeedback(Guid authorPersonId, ProgressPoint stage, string text, int? rating, DateTimeOffset givenAt)
    {
        if (!IsMember(authorPersonId))
        {
            throw new DomainException(ErrorCodes.Group.FeedbackAuthorNotMember, "authorPersonId");
        }

        return new Feedback(Id, authorPersonId, stage, text, rating, givenAt);
    }

    /// <summary>A note of a member in the group's journal; a private note is a mentor's (see <see cref="Note.EnsureAuthorMayUse"/>).</summary>
    public Note WriteNote(Guid authorPersonId, NoteVisibility visibility, string text, DateTimeOffset writtenAt)
    {
        var author = _members.Where(m => m.PersonId == authorPersonId).OrderBy(m => m.LeftAt != null).FirstOrDefault()
                     ?? throw new DomainException(ErrorCodes.Group.NotAMember, "authorPersonId");
        Note.EnsureAuthorMayUse(visibility, author.Role);
        return new Note(Id, authorPersonId, visibility, text, writtenAt);
    }

    /// <summary>A record for one mentee names a mentee of this pair/group.</summary>
    private void EnsureMentee(Guid? menteePersonId)
    {
        if (menteePersonId is { } id && !_members.Exists(m => m.PersonId == id && m.Role == GroupRole.Mentee))
        {
            throw new DomainException(ErrorCodes.Group.NotAMentee, "menteePersonId");
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
