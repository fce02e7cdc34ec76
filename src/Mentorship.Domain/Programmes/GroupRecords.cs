using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// State of a goal of a pair or group (цель): Open — being worked on; Achieved — достигнута; NotAchieved — не
/// достигнута; Cancelled — отменена.
/// </summary>
public enum GoalStatus
{
    Open = 1,
    Achieved,
    NotAchieved,
    Cancelled,
}

/// <summary>
/// Kind of meeting of a pair or group (встреча): Kickoff — установочная (first group) meeting; Regular — an ordinary
/// meeting; Final — итоговая встреча.
/// </summary>
public enum MeetingKind
{
    /// <summary>Установочная (первая групповая) встреча.</summary>
    Kickoff = 1,

    Regular,

    /// <summary>Итоговая встреча.</summary>
    Final,
}

/// <summary>
/// Point of the programme at which feedback or a questionnaire is taken: Initial — входное; Midpoint — промежуточное;
/// Final — итоговое.
/// </summary>
public enum ProgressPoint
{
    Initial = 1,
    Midpoint,
    Final,
}

/// <summary>
/// Who may read a note of the group's journal: PrivateToMentor — only its author, the mentor; SharedWithPair — the
/// members of the pair or group (and the curator); VisibleToCurator — its author and the programme's curator, not the
/// other members.
/// </summary>
public enum NoteVisibility
{
    /// <summary>Only its author (the mentor) sees it.</summary>
    PrivateToMentor = 1,

    /// <summary>The members of the pair or group see it.</summary>
    SharedWithPair,

    /// <summary>Its author and the programme's curator (staff) see it; the other members do not.</summary>
    VisibleToCurator,
}

/// <summary>A goal of the pair/group, or of one mentee in it.</summary>
public class Goal : AuditableEntity
{
    private Goal()
    {
        Text = null!;
    }

    public Goal(Guid groupId, Guid? menteePersonId, string text, DateOnly? dueOn = null)
    {
        GroupId = Check.NotEmpty(groupId, "groupId");
        MenteePersonId = menteePersonId;
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
        DueOn = dueOn;
        Status = GoalStatus.Open;
    }

    public Guid GroupId { get; private set; }

    /// <summary>The mentee the goal belongs to; null for a goal of the whole pair or group.</summary>
    public Guid? MenteePersonId { get; private set; }

    public string Text { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public GoalStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public void Update(string text, DateOnly? dueOn)
    {
        EnsureOpen();
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
        DueOn = dueOn;
    }

    /// <summary>Closes the goal as achieved, not achieved or cancelled.</summary>
    public void Close(GoalStatus outcome, DateOnly on)
    {
        EnsureOpen();
        if (outcome is GoalStatus.Open || !Enum.IsDefined(outcome))
        {
            throw new DomainException(ErrorCodes.Group.GoalClosingOutcome, "status");
        }

        Status = outcome;
        ClosedOn = on;
    }

    public void Reopen()
    {
        Status = GoalStatus.Open;
        ClosedOn = null;
    }

    private void EnsureOpen()
    {
        if (Status != GoalStatus.Open)
        {
            throw new DomainException(ErrorCodes.Group.GoalClosed, "status");
        }
    }
}

/// <summary>A meeting of the pair/group: the log that gives hours of mentoring.</summary>
public class Meeting : AuditableEntity
{
    public const int MaxDurationMinutes = 24 * 60;

    private Meeting()
    {
    }

    public Meeting(Guid groupId, DateTimeOffset at, int durationMinutes, MeetingKind kind, string? topic, string? notes)
    {
        GroupId = Check.NotEmpty(groupId, "groupId");
        Update(at, durationMinutes, kind, topic, notes);
    }

    public Guid GroupId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public int DurationMinutes { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string? Topic { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Changes the meeting; its time is kept in UTC (PostgreSQL stores no other offset).</summary>
    public void Update(DateTimeOffset at, int durationMinutes, MeetingKind kind, string? topic, string? notes)
    {
        At = at.ToUniversalTime();
        DurationMinutes = Check.InRange(durationMinutes, 1, MaxDurationMinutes, "durationMinutes");
        Kind = Check.Defined(kind, "kind");
        Topic = Guard.Optional(topic, "topic", TextLengths.Title);
        Notes = Guard.Optional(notes, "notes", TextLengths.FreeText);
    }
}

/// <summary>An intermediate result of the pair/group, or of one mentee (промежуточные результаты).</summary>
public class IntermediateResult : AuditableEntity
{
    private IntermediateResult()
    {
        Text = null!;
    }

    public IntermediateResult(Guid groupId, Guid? menteePersonId, DateOnly recordedOn, string text)
    {
        GroupId = Check.NotEmpty(groupId, "groupId");
        MenteePersonId = menteePersonId;
        RecordedOn = recordedOn;
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
    }

    public Guid GroupId { get; private set; }

    public Guid? MenteePersonId { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    public string Text { get; private set; }

    public void Update(DateOnly recordedOn, string text)
    {
        RecordedOn = recordedOn;
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
    }
}

/// <summary>Feedback (обратная связь) of a member of the pair/group at a point of the programme.</summary>
public class Feedback : AuditableEntity
{
    public const int MinRating = 1;
    public const int MaxRating = 10;

    private Feedback()
    {
        Text = null!;
    }

    public Feedback(Guid groupId, Guid authorPersonId, ProgressPoint stage, string text, int? rating, DateTimeOffset givenAt)
    {
        GroupId = Check.NotEmpty(groupId, "groupId");
        AuthorPersonId = Check.NotEmpty(authorPersonId, "authorPersonId");
        Stage = Check.Defined(stage, "stage");
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
        Rating = Check.InRange(rating, MinRating, MaxRating, "rating");
        GivenAt = givenAt;
    }

    public Guid GroupId { get; private set; }

    public Guid AuthorPersonId { get; private set; }

    public ProgressPoint Stage { get; private set; }

    public string Text { get; private set; }

    /// <summary>Satisfaction, 1–10.</summary>
    public int? Rating { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }
}

/// <summary>A note in the pair's/group's journal; its visibility is chosen by the author.</summary>
public class Note : AuditableEntity
{
    private Note()
    {
        Text = null!;
    }

    public Note(Guid groupId, Guid authorPersonId, NoteVisibility visibility, string text, DateTimeOffset writtenAt)
    {
        GroupId = Check.NotEmpty(groupId, "groupId");
        AuthorPersonId = Check.NotEmpty(authorPersonId, "authorPersonId");
        Visibility = Check.Defined(visibility, "visibility");
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
        WrittenAt = writtenAt;
    }

    public Guid GroupId { get; private set; }

    public Guid AuthorPersonId { get; private set; }

    public NoteVisibility Visibility { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>
    /// Who reads a note: a private note only its author; a shared note the members of the pair/group and the
    /// curator; a note for the curator its author and the curator. <paramref name="readerPersonId"/> is the reader's
    /// person (a member), <paramref name="readerIsCurator"/> whether the reader runs the programme.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Note, bool>> VisibleTo(Guid? readerPersonId, bool readerIsCurator) => n =>
        (readerPersonId != null && n.AuthorPersonId == readerPersonId)
        || (n.Visibility == NoteVisibility.SharedWithPair && (readerIsCurator || readerPersonId != null))
        || (n.Visibility == NoteVisibility.VisibleToCurator && readerIsCurator);

    /// <summary>A private note is a mentor's working note: only a mentor of the group writes one.</summary>
    public static void EnsureAuthorMayUse(NoteVisibility visibility, GroupRole authorRole)
    {
        if (visibility == NoteVisibility.PrivateToMentor && authorRole != GroupRole.Mentor)
        {
            throw new DomainException(ErrorCodes.Group.PrivateNoteForMentors, "visibility");
        }
    }

    public void Edit(string text, NoteVisibility visibility)
    {
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
        Visibility = Check.Defined(visibility, "visibility");
    }
}
