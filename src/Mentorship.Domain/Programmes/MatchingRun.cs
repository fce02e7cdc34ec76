using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.Programmes;

/// <summary>Where a matching run is: waiting for a worker, then its phases in order, then done.</summary>
public enum MatchingRunPhase
{
    Queued = 1,

    /// <summary>Reading the mentor and mentee banks, consents and loads.</summary>
    Loading,

    /// <summary>Building the candidate pairs and solving the assignment, form by form.</summary>
    Solving,

    /// <summary>Writing the proposals on the run.</summary>
    Storing,

    /// <summary>Finished: succeeded or failed.</summary>
    Done,
}

/// <summary>
/// A stage-5 matching computed in the background (подбор пар as a job), polled at <c>/jobs/{id}</c> while it runs and
/// read with its result once done. At most one run of a programme is active (queued or running): the database holds
/// <see cref="ActiveProgrammeId"/> unique, and clears it when the run ends, so a failed or abandoned run never blocks
/// the next. The result is stored without names: names are read when the result is, so an erased person's name is
/// never kept here.
/// </summary>
public class MatchingRun : BaseEntity
{
    public const string JobKind = "matching";
    public const int LanguageMaxLength = 10;

    private MatchingRun()
    {
        Language = null!;
    }

    public MatchingRun(Guid programmeId, MentoringForm? form, Guid? menteePersonId, string language, string? requestedBy, DateTimeOffset requestedAt)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        ActiveProgrammeId = programmeId;
        Form = form;
        MenteePersonId = menteePersonId;
        Language = Guard.NotBlank(language, "language", LanguageMaxLength);
        RequestedBy = Guard.Optional(requestedBy, "requestedBy", TextLengths.Label);
        RequestedAt = requestedAt;
        HeartbeatAt = requestedAt;
        Status = JobRunStatus.Queued;
        Phase = MatchingRunPhase.Queued;
        Stamp = Guid.CreateVersion7();
    }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The programme while the run is queued or running, null once it ended: unique, so one active run per programme.</summary>
    public Guid? ActiveProgrammeId { get; private set; }

    /// <summary>Only proposals in this form; null for every form of the programme.</summary>
    public MentoringForm? Form { get; private set; }

    /// <summary>Only proposals for this mentee; null for every waiting mentee.</summary>
    public Guid? MenteePersonId { get; private set; }

    /// <summary>The language of the request ("ru", "en"): the reasons in the result are written in it.</summary>
    public string Language { get; private set; }

    public string? RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public JobRunStatus Status { get; private set; }

    public MatchingRunPhase Phase { get; private set; }

    /// <summary>Done share of the work, 0–100.</summary>
    public int Percent { get; private set; }

    /// <summary>How many times a worker started the run (more than one only when a worker died mid-way).</summary>
    public int Executions { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The last sign of life of the worker (or the request, while queued).</summary>
    public DateTimeOffset HeartbeatAt { get; private set; }

    public int Mentors { get; private set; }

    public int Mentees { get; private set; }

    public int Forms { get; private set; }

    public int FormsDone { get; private set; }

    public int Proposals { get; private set; }

    public int Unmatched { get; private set; }

    public int TotalScore { get; private set; }

    /// <summary>The stable code of why the run failed (e.g. <c>stage.not_reached</c>); null unless failed.</summary>
    public string? ErrorCode { get; private set; }

    /// <summary>Why the run failed, in the run's language; null unless failed.</summary>
    public string? Error { get; private set; }

    /// <summary>The result as JSON (proposals and unmatched mentees, without names); null until succeeded.</summary>
    public string? Result { get; private set; }

    /// <summary>New on every change: the concurrency token, so that a worker and a request replacing a dead run never both win.</summary>
    public Guid Stamp { get; private set; }

    public bool IsActive => Status is JobRunStatus.Queued or JobRunStatus.Running;

    /// <summary>No sign of life for <paramref name="after"/>: its worker (or its enqueueing) was lost.</summary>
    public bool IsAbandoned(DateTimeOffset now, TimeSpan after) => IsActive && HeartbeatAt + after < now;

    /// <summary>A worker starts the run; false when there is nothing to do (ended) or a live worker holds it.</summary>
    public bool Start(DateTimeOffset now, TimeSpan staleAfter)
    {
        if (!IsActive || (Status == JobRunStatus.Running && !IsAbandoned(now, staleAfter)))
        {
            return false;
        }

        Status = JobRunStatus.Running;
        Executions++;
        StartedAt = now;
        Percent = 0;
        FormsDone = 0;
        Advance(MatchingRunPhase.Loading, now);
        return true;
    }

    /// <summary>The banks are loaded: how many mentors and mentees, over how many forms.</summary>
    public void Loaded(int mentors, int mentees, int forms, DateTimeOffset now)
    {
        Mentors = mentors;
        Mentees = mentees;
        Forms = forms;
        Percent = 10;
        Advance(MatchingRunPhase.Solving, now);
    }

    /// <summary>One more form is solved; solving is 10–90 % of the run.</summary>
    public void FormSolved(DateTimeOffset now)
    {
        FormsDone++;
        Percent = 10 + (80 * FormsDone / Math.Max(1, Forms));
        Advance(MatchingRunPhase.Solving, now);
    }

    public void Storing(DateTimeOffset now)
    {
        Percent = 90;
        Advance(MatchingRunPhase.Storing, now);
    }

    public void Succeed(string result, int proposals, int unmatched, int totalScore, DateTimeOffset now)
    {
        Result = result;
        Proposals = proposals;
        Unmatched = unmatched;
        TotalScore = totalScore;
        Percent = 100;
        End(JobRunStatus.Succeeded, null, now);
    }

    /// <summary>The run failed (a refusal with its code, or an error): it ends and no longer blocks the programme.</summary>
    public void Fail(string errorCode, string error, DateTimeOffset now)
    {
        if (IsActive)
        {
            Error = error.Length > TextLengths.Paragraph ? error[..TextLengths.Paragraph] : error;
            End(JobRunStatus.Failed, Guard.NotBlank(errorCode, "errorCode", TextLengths.Code), now);
        }
    }

    private void End(JobRunStatus status, string? errorCode, DateTimeOffset now)
    {
        Status = status;
        ErrorCode = errorCode;
        FinishedAt = now;
        ActiveProgrammeId = null;
        Advance(MatchingRunPhase.Done, now);
    }

    private void Advance(MatchingRunPhase phase, DateTimeOffset now)
    {
        Phase = phase;
        HeartbeatAt = now;
        Stamp = Guid.CreateVersion7();
    }
}
