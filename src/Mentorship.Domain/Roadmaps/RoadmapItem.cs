using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Roadmaps;

/// <summary>
/// The plan of an item as seed 004's table writes it: number («1.1»), stage, measure, deadline — a date or a term as
/// written («Ежемесячно») — place or level, responsible and planned result.
/// </summary>
public sealed record RoadmapItemPlan(
    string Number, RoadmapStage Stage, string Title, DateOnly? Deadline, string? Term, string? Place, string? Responsible, string? PlannedResult);

/// <summary>
/// A plan item of a roadmap: what, by when, where, who, what it should give, and what came of it. Its due date is the
/// fixed deadline of a one-off item or the current occurrence's of a recurring one: completing an occurrence moves
/// it on to the next one (the item stays in progress) until the period has none left, when the item is done.
/// </summary>
public partial class RoadmapItem : BaseEntity
{
    public const int NumberMaxLength = 20;
    public const int TermMaxLength = 200;
    public const int PlaceMaxLength = 300;
    public const int ResponsibleMaxLength = 300;

    private RoadmapItem()
    {
        Number = null!;
        SortKey = null!;
        Title = null!;
    }

    internal RoadmapItem(Guid roadmapId, RoadmapItemPlan plan, RoadmapPeriod period, DateOnly today)
    {
        RoadmapId = roadmapId;
        Status = RoadmapItemStatus.Planned;
        Plan(plan, period, today);
    }

    public Guid RoadmapId { get; private set; }

    /// <summary>The number as the plan writes it («1.1», «3.1.»).</summary>
    public string Number { get; private set; }

    /// <summary>The number for ordering and uniqueness: each part zero-padded, no trailing full stop («001.001»).</summary>
    public string SortKey { get; private set; }

    public RoadmapStage Stage { get; private set; }

    /// <summary>The measure (мероприятие).</summary>
    public string Title { get; private set; }

    /// <summary>The deadline as written when it is a term («Ежемесячно»); null when it was given as a date.</summary>
    public string? Term { get; private set; }

    public RoadmapScheduleKind ScheduleKind { get; private set; }

    /// <summary>The month of an annual term («ежегодно, май» → 5).</summary>
    public int? ScheduleMonth { get; private set; }

    /// <summary>The fixed due date of a one-off item (a date, or a term such as «Май 2020 года»); null for the others.</summary>
    public DateOnly? Deadline { get; private set; }

    /// <summary>What the overdue job compares: the fixed deadline, or the current occurrence's; null when there is none.</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>Place or level (место проведения / уровень), as written.</summary>
    public string? Place { get; private set; }

    /// <summary>Who is responsible, as written in the plan (a position or a name).</summary>
    public string? Responsible { get; private set; }

    public string? PlannedResult { get; private set; }

    public RoadmapItemStatus Status { get; private set; }

    /// <summary>The actual result (of the last occurrence, for a recurring item), or the reason it was cancelled.</summary>
    public string? Result { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>Occurrences of a recurring item completed so far.</summary>
    public int OccurrencesDone { get; private set; }

    /// <summary>Set by the daily job: still open after its due date.</summary>
    public bool IsOverdue { get; private set; }

    public bool IsOpen => Status is RoadmapItemStatus.Planned or RoadmapItemStatus.InProgress;

    public bool IsRecurring => new RoadmapSchedule(ScheduleKind, Deadline, ScheduleMonth).IsRecurring;

    /// <summary>The ordering and uniqueness key of a number; refuses what is not a number such as «1.1» or «3.1.».</summary>
    public static string SortKeyOf(string number)
    {
        var written = Guard.NotBlank(number, "number", NumberMaxLength);
        if (!NumberPattern().IsMatch(written))
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.ItemNumberInvalid, "number", written);
        }

        return string.Join('.', written.TrimEnd('.').Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture).ToString("D3", CultureInfo.InvariantCulture)));
    }

    /// <summary>Whether the item already has this plan (the deadline compared as given: a date, or a term as written).</summary>
    public bool Has(RoadmapItemPlan plan) =>
        Number == plan.Number.Trim() && Stage == plan.Stage && Title == plan.Title.Trim() && Term == Normal(plan.Term)
        && (Term is not null || Deadline == plan.Deadline) && Place == Normal(plan.Place) && Responsible == Normal(plan.Responsible)
        && PlannedResult == Normal(plan.PlannedResult);

    [MemberNotNull(nameof(Number), nameof(SortKey), nameof(Title))]
    internal void Plan(RoadmapItemPlan plan, RoadmapPeriod period, DateOnly today)
    {
        SortKey = SortKeyOf(plan.Number);
        Number = plan.Number.Trim();
        Stage = Check.Defined(plan.Stage, "stage");
        Title = Guard.NotBlank(plan.Title, "title", TextLengths.Paragraph);
        Place = Guard.Optional(plan.Place, "place", PlaceMaxLength);
        Responsible = Guard.Optional(plan.Responsible, "responsible", ResponsibleMaxLength);
        PlannedResult = Guard.Optional(plan.PlannedResult, "plannedResult", TextLengths.FreeText);

        var term = Guard.Optional(plan.Term, "term", TermMaxLength);
        if ((term is null) == (plan.Deadline is null))
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.DeadlineOrTerm, "term");
        }

        var schedule = term is null ? new RoadmapSchedule(RoadmapScheduleKind.Date, plan.Deadline) : RoadmapTerm.Parse(term);
        var deadlineField = term is null ? "deadline" : "term";
        if (schedule.FixedDate is { } fixedDate && !period.Contains(fixedDate))
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.TermOutsidePeriod, deadlineField, Number, period.StartYear, period.EndYear);
        }

        var rescheduled = schedule.Kind != ScheduleKind || schedule.Month != ScheduleMonth;
        Term = term;
        ScheduleKind = schedule.Kind;
        ScheduleMonth = schedule.Month;
        Deadline = schedule.FixedDate;
        if (rescheduled || !schedule.IsRecurring)
        {
            DueDate = schedule.IsRecurring ? null : schedule.FixedDate;
        }

        Reschedule(period, today);
    }

    /// <summary>
    /// Keeps a recurring item's due date within the period. Occurrences are counted from the later of the period's start
    /// and the day the item is planned: nobody could report an occurrence before the plan held it.
    /// </summary>
    internal void Reschedule(RoadmapPeriod period, DateOnly today)
    {
        var schedule = new RoadmapSchedule(ScheduleKind, Deadline, ScheduleMonth);
        if (!schedule.IsRecurring || !IsOpen)
        {
            return;
        }

        var from = DueDate ?? (today > period.FirstDay ? today : period.FirstDay);
        DueDate = schedule.FirstDueOnOrAfter(from < period.FirstDay ? period.FirstDay : from, period.EndYear);
        RefreshOverdue(today);
    }

    /// <summary>
    /// Moves the item on to <paramref name="status"/> (nothing when it is there already): in progress, done on
    /// <paramref name="today"/> with its result, or cancelled with a reason. A closed item stays closed and no item
    /// goes back to planned. Done on a recurring item completes its current occurrence (so it may be sent again for the
    /// next one). Re-flags it overdue.
    /// </summary>
    internal void MoveTo(RoadmapItemStatus? status, DateOnly today, string? result, int lastYear)
    {
        if (status is { } next && (next != Status || (next == RoadmapItemStatus.Done && IsOpen)))
        {
            switch (next)
            {
                case RoadmapItemStatus.InProgress:
                    EnsureOpen();
                    Status = RoadmapItemStatus.InProgress;
                    break;
                case RoadmapItemStatus.Done:
                    Complete(today, result, lastYear);
                    break;
                case RoadmapItemStatus.Cancelled:
                    EnsureOpen();
                    Status = RoadmapItemStatus.Cancelled;
                    Result = Guard.Optional(result, "result", TextLengths.FreeText);
                    break;
                default:
                    throw new DomainConflictException(ErrorCodes.Roadmap.ItemCannotReturnToPlanned, "status");
            }
        }

        RefreshOverdue(today);
    }

    /// <summary>Overdue: still open after the due date. Returns whether the flag changed.</summary>
    public bool RefreshOverdue(DateOnly today)
    {
        var overdue = IsOpen && DueDate < today;
        if (overdue == IsOverdue)
        {
            return false;
        }

        IsOverdue = overdue;
        return true;
    }

    private void Complete(DateOnly today, string? result, int lastYear)
    {
        EnsureOpen();
        CompletedOn = today;
        Result = Guard.Optional(result, "result", TextLengths.FreeText);
        var schedule = new RoadmapSchedule(ScheduleKind, Deadline, ScheduleMonth);
        if (schedule.IsRecurring && DueDate is { } due)
        {
            OccurrencesDone++;
            DueDate = schedule.FirstDueOnOrAfter(due.AddDays(1), lastYear);
            Status = DueDate is null ? RoadmapItemStatus.Done : RoadmapItemStatus.InProgress;
            return;
        }

        Status = RoadmapItemStatus.Done;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainConflictException(ErrorCodes.Roadmap.ItemClosed, "status", Status);
        }
    }

    private static string? Normal(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){0,3}\.?$")]
    private static partial Regex NumberPattern();
}
