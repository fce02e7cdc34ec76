using Mentorship.Domain.Common;

namespace Mentorship.Domain.Reporting;

/// <summary>
/// Where an organisation's answer to a reporting request stands: NotStarted — не начат; Draft — черновик; Submitted —
/// представлен; Returned — возвращён на доработку; Accepted — принят.
/// </summary>
public enum ReportingResponseStatus
{
    /// <summary>Не начат.</summary>
    NotStarted = 1,

    /// <summary>Черновик.</summary>
    Draft,

    /// <summary>Представлен.</summary>
    Submitted,

    /// <summary>Возвращён на доработку.</summary>
    Returned,

    /// <summary>Принят.</summary>
    Accepted,
}

/// <summary>
/// An organisation's answer to a reporting request: the sections the request asks, kept as a draft, submitted,
/// returned with a comment and submitted again, or accepted. A submitted or accepted answer is not edited until it is
/// returned. Its version is the optimistic-concurrency token, so of two submissions at once one wins.
/// </summary>
public class ReportingResponse : AuditableEntity
{
    public const int CommentMaxLength = TextLengths.FreeText;

    private ReportingResponse()
    {
    }

    public ReportingResponse(Guid requestId, Guid organizationId)
    {
        RequestId = requestId;
        OrganizationId = organizationId;
        Status = ReportingResponseStatus.NotStarted;
    }

    public Guid RequestId { get; private set; }

    public ReportingRequest? Request { get; private set; }

    public Guid OrganizationId { get; private set; }

    public ReportingResponseStatus Status { get; private set; }

    /// <summary>Not submitted by the deadline (set by the daily job; stays as a record after a late submission).</summary>
    public bool IsOverdue { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    /// <summary>How many times it was submitted: 1 on the first submission, 2 after one return, and so on.</summary>
    public int Submissions { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public string? ReturnComment { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public ReportedHeadCounts? HeadCounts { get; private set; }

    public ReportedAdditionalEducation? AdditionalEducation { get; private set; }

    public ReportedRetention? Retention { get; private set; }

    public ReportedContests? Contests { get; private set; }

    public ReportedDissemination? Dissemination { get; private set; }

    public ReportedLearningDynamics? LearningDynamics { get; private set; }

    public bool IsSubmitted => Status is ReportingResponseStatus.Submitted or ReportingResponseStatus.Accepted;

    /// <summary>
    /// Saves the draft: each section given replaces the one kept, a section not given stays as it was. A section the
    /// request does not ask is refused, as is every figure that is negative or a part larger than its whole.
    /// </summary>
    public void SaveDraft(ReportingRequest request, ReportedSections sections)
    {
        EnsureEditable();
        HeadCounts = Take(request, ReportingSection.HeadCounts, "headCounts", sections.HeadCounts, h => h.Validate()) ?? HeadCounts;
        AdditionalEducation = Take(request, ReportingSection.AdditionalEducation, "additionalEducation", sections.AdditionalEducation, a => a.Validate()) ?? AdditionalEducation;
        Retention = Take(request, ReportingSection.Retention, "retention", sections.Retention, r => r.Validate()) ?? Retention;
        Contests = Take(request, ReportingSection.Contests, "contests", sections.Contests, c => c.Validate()) ?? Contests;
        Dissemination = Take(request, ReportingSection.Dissemination, "dissemination", sections.Dissemination, d => d.Validate()) ?? Dissemination;
        LearningDynamics = Take(request, ReportingSection.LearningDynamics, "learningDynamics", sections.LearningDynamics, l => l.Validate()) ?? LearningDynamics;
        if (Status == ReportingResponseStatus.NotStarted)
        {
            Status = ReportingResponseStatus.Draft;
        }
    }

    /// <summary>Submits the answer: every section the request asks must be filled. Returns true on a resubmission (after a return).</summary>
    public bool Submit(ReportingRequest request, DateTimeOffset at, string? by)
    {
        EnsureEditable();
        foreach (var (section, field, filled) in Filled())
        {
            if (request.Asks(section) && !filled)
            {
                throw new DomainException(ErrorCodes.Reporting.SectionMissing, field, field);
            }
        }

        var resubmission = Status == ReportingResponseStatus.Returned;
        Status = ReportingResponseStatus.Submitted;
        SubmittedAt = at;
        SubmittedBy = by;
        Submissions++;
        return resubmission;
    }

    /// <summary>The coordinator sends a submitted answer back for correction, saying why.</summary>
    public void Return(string comment, DateTimeOffset at)
    {
        EnsureSubmitted();
        ReturnComment = Guard.NotBlank(comment, "comment", CommentMaxLength);
        ReturnedAt = at;
        Status = ReportingResponseStatus.Returned;
    }

    /// <summary>The coordinator accepts a submitted answer: it stays as it is.</summary>
    public void Accept(DateTimeOffset at)
    {
        if (Status != ReportingResponseStatus.Submitted)
        {
            throw new DomainConflictException(ErrorCodes.Reporting.NotSubmitted, "status", Status);
        }

        AcceptedAt = at;
        Status = ReportingResponseStatus.Accepted;
    }

    /// <summary>Overdue when not submitted by the deadline. Returns whether the flag changed.</summary>
    public bool MarkOverdue()
    {
        if (IsOverdue || IsSubmitted)
        {
            return false;
        }

        IsOverdue = true;
        return true;
    }

    private (ReportingSection Section, string Field, bool Filled)[] Filled() =>
    [
        (ReportingSection.HeadCounts, "headCounts", HeadCounts is not null),
        (ReportingSection.AdditionalEducation, "additionalEducation", AdditionalEducation is not null),
        (ReportingSection.Retention, "retention", Retention is not null),
        (ReportingSection.Contests, "contests", Contests is not null),
        (ReportingSection.Dissemination, "dissemination", Dissemination is not null),
        (ReportingSection.LearningDynamics, "learningDynamics", LearningDynamics is not null),
    ];

    private static T? Take<T>(ReportingRequest request, ReportingSection section, string field, T? given, Action<T> validate)
        where T : class
    {
        if (given is null)
        {
            return null;
        }

        if (!request.Asks(section))
        {
            throw new DomainException(ErrorCodes.Reporting.SectionNotAsked, field, field);
        }

        validate(given);
        return given;
    }

    private void EnsureEditable()
    {
        if (IsSubmitted)
        {
            throw new DomainConflictException(ErrorCodes.Reporting.NotEditable, "status", Status);
        }
    }

    private void EnsureSubmitted()
    {
        if (Status != ReportingResponseStatus.Submitted)
        {
            throw new DomainConflictException(ErrorCodes.Reporting.NotSubmitted, "status", Status);
        }
    }
}

/// <summary>The sections of an answer as one draft save gives them; null leaves a section as it is.</summary>
public sealed record ReportedSections(
    ReportedHeadCounts? HeadCounts,
    ReportedAdditionalEducation? AdditionalEducation,
    ReportedRetention? Retention,
    ReportedContests? Contests,
    ReportedDissemination? Dissemination,
    ReportedLearningDynamics? LearningDynamics);

/// <summary>
/// A reminder recorded by the daily job for an organisation whose answer is overdue: at most one per request,
/// organisation and day (a unique index), whatever the number of runs. The channel that delivers it comes later.
/// </summary>
public class ReportingReminder : BaseEntity
{
    private ReportingReminder()
    {
    }

    public ReportingReminder(Guid requestId, Guid organizationId, DateOnly day, DateTimeOffset at)
    {
        RequestId = requestId;
        OrganizationId = organizationId;
        Day = day;
        At = at;
    }

    public Guid RequestId { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The day (in the region's time zone) the reminder is for.</summary>
    public DateOnly Day { get; private set; }

    public DateTimeOffset At { get; private set; }
}
