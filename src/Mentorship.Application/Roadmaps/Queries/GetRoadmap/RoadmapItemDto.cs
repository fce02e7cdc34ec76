using AutoMapper;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

/// <summary>
/// An item of a roadmap (мероприятие дорожной карты) as seed 004's table has it: number, stage, measure, deadline (a date
/// or a term as written, with its parsed schedule and the due date the overdue job uses), place or level, responsible,
/// planned result; then status and the actual result.
/// </summary>
public sealed record RoadmapItemDto
{
    /// <summary>Identifier of the item.</summary>
    public Guid Id { get; init; }

    /// <summary>Number as the plan writes it («1.1»); the items are listed in its order.</summary>
    public required string Number { get; init; }

    /// <summary>The roadmap stage it belongs to.</summary>
    public RoadmapStage Stage { get; init; }

    /// <summary>The measure (мероприятие).</summary>
    public required string Title { get; init; }

    /// <summary>The deadline as written when it is a term («Ежемесячно», «Май 2020 года»); null when given as a date.</summary>
    public string? Term { get; init; }

    /// <summary>
    /// How the deadline reads: Date, Month, MonthRange, Quarter, Year (one-off, with a fixed deadline); Monthly,
    /// Quarterly, Annually, AnnuallyInMonth (recurring); NoFixedDate («по мере необходимости») or Unrecognised (a term
    /// kept as written with no due date, never guessed).
    /// </summary>
    public RoadmapScheduleKind ScheduleKind { get; init; }

    /// <summary>The month (1–12) of an AnnuallyInMonth term («ежегодно, май» → 5); null otherwise.</summary>
    public int? ScheduleMonth { get; init; }

    /// <summary>Whether the deadline recurs (monthly, quarterly, annually).</summary>
    public bool IsRecurring { get; init; }

    /// <summary>The fixed deadline of a one-off item (the date given, or the last day of «Май 2020 года»); null otherwise.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>
    /// When it is due now: the fixed deadline, or the current occurrence's of a recurring item (completing an occurrence
    /// moves it to the next); null when the term has no date or the period has no occurrence left.
    /// </summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Place or level (место проведения / уровень), as written; null when not given.</summary>
    public string? Place { get; init; }

    /// <summary>Who is responsible (ответственный); null when not given.</summary>
    public string? Responsible { get; init; }

    /// <summary>The planned result (результат); null when not given.</summary>
    public string? PlannedResult { get; init; }

    /// <summary>Planned, in progress (a recurring item after its first occurrence), done or cancelled.</summary>
    public RoadmapItemStatus Status { get; init; }

    /// <summary>The actual result (of the last occurrence done, for a recurring item) or the reason (cancelled); null otherwise.</summary>
    public string? Result { get; init; }

    /// <summary>Date it (or its last occurrence) was done; null before.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Occurrences of a recurring item done so far.</summary>
    public int OccurrencesDone { get; init; }

    /// <summary>Open and past its due date, as the daily job flagged it.</summary>
    public bool IsOverdue { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<RoadmapItem, RoadmapItemDto>();
    }
}
