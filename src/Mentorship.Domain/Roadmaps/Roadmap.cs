using System.Diagnostics.CodeAnalysis;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Roadmaps;

/// <summary>
/// Stage of a roadmap (этап дорожной карты) an item belongs to: AnalyticalConceptual — аналитико-концептуальный;
/// OrganisationalPreparatory — организационно-подготовительный; ReflexiveAnalytical — рефлексивно-аналитический.
/// </summary>
public enum RoadmapStage
{
    /// <summary>Аналитико-концептуальный.</summary>
    AnalyticalConceptual = 1,

    /// <summary>Организационно-подготовительный.</summary>
    OrganisationalPreparatory,

    /// <summary>Рефлексивно-аналитический.</summary>
    ReflexiveAnalytical,
}

/// <summary>
/// State of a roadmap item (мероприятие дорожной карты): Planned — запланировано; InProgress — в работе; Done —
/// выполнено; Cancelled — отменено.
/// </summary>
public enum RoadmapItemStatus
{
    Planned = 1,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>
/// Where a roadmap is in its approval: Draft — черновик; Submitted — на согласовании; Returned — возвращена на
/// доработку; Approved — утверждена. Its plan is changed only as a draft or once returned.
/// </summary>
public enum RoadmapStatus
{
    Draft = 1,
    Submitted,
    Returned,
    Approved,
}

/// <summary>The years a roadmap covers (e.g. 2020–2024), both included.</summary>
public readonly record struct RoadmapPeriod
{
    public const int MaxYears = 10;

    public RoadmapPeriod(int startYear, int endYear)
    {
        if (startYear is < AcademicYear.MinStartYear or > AcademicYear.MaxStartYear)
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.PeriodInvalid, "startYear", AcademicYear.MinStartYear, AcademicYear.MaxStartYear, MaxYears);
        }

        if (endYear < startYear || endYear - startYear >= MaxYears)
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.PeriodInvalid, "endYear", AcademicYear.MinStartYear, AcademicYear.MaxStartYear, MaxYears);
        }

        StartYear = startYear;
        EndYear = endYear;
    }

    public int StartYear { get; }

    public int EndYear { get; }

    public DateOnly FirstDay => new(StartYear, 1, 1);

    /// <summary>The calendar years an academic year spans (2024/2025 → 2024–2025): the period of a yearly roadmap.</summary>
    public static RoadmapPeriod Of(AcademicYear year) => new(year.StartYear, year.EndYear);

    public bool Contains(DateOnly date) => date.Year >= StartYear && date.Year <= EndYear;
}

/// <summary>
/// A roadmap (дорожная карта) of implementing the target model, laid out as seed 004: of a municipality or of an
/// organisation (exactly one of them), for a period of years (and, for a yearly one, an academic year), made of
/// numbered items. A school's roadmap is submitted to its municipal coordinator, a municipality's to the region;
/// the reviewer returns it with a comment or approves it. Its plan changes only as a draft or once returned.
/// </summary>
public class Roadmap : AuditableEntity
{
    private readonly List<RoadmapItem> _items = [];

    private Roadmap()
    {
        Title = null!;
    }

    public Roadmap(Guid? municipalityId, Guid? organizationId, string title, RoadmapPeriod period, AcademicYear? academicYear)
    {
        if (municipalityId is null && organizationId is null)
        {
            throw new DomainException(ErrorCodes.Roadmap.OwnerRequired, "municipalityId");
        }

        if (municipalityId is not null && organizationId is not null)
        {
            throw new DomainException(ErrorCodes.Roadmap.SingleOwner, "organizationId");
        }

        MunicipalityId = municipalityId;
        OrganizationId = organizationId;
        Status = RoadmapStatus.Draft;
        SetHeader(title, period, academicYear);
    }

    public Guid? MunicipalityId { get; private set; }

    public Municipality? Municipality { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string Title { get; private set; }

    public int StartYear { get; private set; }

    public int EndYear { get; private set; }

    public RoadmapPeriod Period => new(StartYear, EndYear);

    /// <summary>The academic year of a yearly roadmap; null for one of several years.</summary>
    public AcademicYear? AcademicYear { get; private set; }

    public RoadmapStatus Status { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    /// <summary>Why the reviewer returned it last (required on return); kept until it is approved.</summary>
    public string? ReturnComment { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public bool IsApproved => Status == RoadmapStatus.Approved;

    public bool IsEditable => Status is RoadmapStatus.Draft or RoadmapStatus.Returned;

    public IReadOnlyCollection<RoadmapItem> Items => _items.AsReadOnly();

    public void Update(string title, RoadmapPeriod period, AcademicYear? academicYear, DateOnly today)
    {
        EnsureEditable();
        var fixedOutside = _items.FirstOrDefault(i => i.Deadline is { } d && !period.Contains(d));
        if (fixedOutside is not null)
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.TermOutsidePeriod, "endYear", fixedOutside.Number, period.StartYear, period.EndYear);
        }

        SetHeader(title, period, academicYear);
        foreach (var item in _items)
        {
            item.Reschedule(period, today);
        }
    }

    /// <summary>A new plan item; flagged overdue at once when its due date is already behind <paramref name="today"/>.</summary>
    public RoadmapItem AddItem(RoadmapItemPlan plan, DateOnly today)
    {
        EnsureEditable();
        var item = new RoadmapItem(Id, plan, Period, today);
        EnsureNumberFree(item.SortKey, null);
        item.RefreshOverdue(today);
        _items.Add(item);
        return item;
    }

    /// <summary>
    /// Changes an item's plan (only while the roadmap is editable — the same plan sent again is no change) and moves it
    /// on to <paramref name="status"/>: progress is recorded whatever the roadmap's approval.
    /// </summary>
    public void UpdateItem(RoadmapItem item, RoadmapItemPlan plan, RoadmapItemStatus? status, string? result, DateOnly today)
    {
        if (!item.Has(plan))
        {
            EnsureEditable();
            EnsureNumberFree(RoadmapItem.SortKeyOf(plan.Number), item);
            item.Plan(plan, Period, today);
        }

        item.MoveTo(status, today, result, EndYear);
    }

    /// <summary>The item of this roadmap with that id; null when it has none (a read, which the caller answers as not found).</summary>
    public RoadmapItem? FindItem(Guid itemId) => _items.Find(i => i.Id == itemId);

    public void RemoveItem(RoadmapItem item)
    {
        EnsureEditable();
        _items.Remove(item);
    }

    /// <summary>Sends a draft (or a returned roadmap) to its reviewer; returns whether it was a resubmission.</summary>
    public bool Submit(DateOnly today)
    {
        if (!IsEditable)
        {
            throw new DomainConflictException(ErrorCodes.RoadmapWorkflow.NotSubmittable, null, Status);
        }

        if (_items.Count == 0)
        {
            throw new DomainConflictException(ErrorCodes.RoadmapWorkflow.NoItems);
        }

        var resubmission = Status == RoadmapStatus.Returned;
        Status = RoadmapStatus.Submitted;
        SubmittedOn = today;
        return resubmission;
    }

    /// <summary>The reviewer sends a submitted roadmap back for changes, saying why.</summary>
    public void Return(DateOnly today, string comment)
    {
        var why = Guard.NotBlank(comment, "comment", TextLengths.FreeText);
        EnsureSubmitted();
        Status = RoadmapStatus.Returned;
        ReturnedOn = today;
        ReturnComment = why;
    }

    public void Approve(DateTimeOffset at, string? by)
    {
        if (IsApproved)
        {
            throw new DomainConflictException(ErrorCodes.Roadmap.AlreadyApproved);
        }

        EnsureSubmitted();
        Status = RoadmapStatus.Approved;
        ApprovedAt = at;
        ApprovedBy = Guard.Optional(by, "approvedBy", TextLengths.Label);
    }

    /// <summary>An approved roadmap is a record of what was agreed, and a submitted one is with its reviewer: neither is deleted.</summary>
    public void EnsureDeletable()
    {
        if (IsApproved)
        {
            throw new DomainConflictException(ErrorCodes.Roadmap.ApprovedNotDeletable);
        }

        EnsureEditable();
    }

    /// <summary>Re-flags overdue items (the daily job); returns how many flags changed.</summary>
    public int RefreshOverdue(DateOnly today) => _items.Count(i => i.RefreshOverdue(today));

    [MemberNotNull(nameof(Title))]
    private void SetHeader(string title, RoadmapPeriod period, AcademicYear? academicYear)
    {
        if (academicYear is { } year && (year.StartYear < period.StartYear || year.StartYear > period.EndYear))
        {
            throw new DomainException(ErrorCodes.RoadmapWorkflow.AcademicYearOutsidePeriod, "academicYear", year, period.StartYear, period.EndYear);
        }

        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        StartYear = period.StartYear;
        EndYear = period.EndYear;
        AcademicYear = academicYear;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainConflictException(ErrorCodes.RoadmapWorkflow.NotEditable, null, Status);
        }
    }

    private void EnsureSubmitted()
    {
        if (Status != RoadmapStatus.Submitted)
        {
            throw new DomainConflictException(ErrorCodes.RoadmapWorkflow.NotSubmitted, null, Status);
        }
    }

    private void EnsureNumberFree(string sortKey, RoadmapItem? except)
    {
        var taken = _items.FirstOrDefault(i => i != except && i.SortKey == sortKey);
        if (taken is not null)
        {
            throw new DomainConflictException(ErrorCodes.RoadmapWorkflow.ItemNumberTaken, "number", taken.Number);
        }
    }
}
