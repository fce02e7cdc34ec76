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
/// A roadmap (дорожная карта) of implementing the target model: of a municipality or of an organisation
/// (exactly one of them), for an academic year; the regional coordinator approves it.
/// </summary>
public class Roadmap : AuditableEntity
{
    private readonly List<RoadmapItem> _items = [];

    private Roadmap()
    {
        Title = null!;
    }

    public Roadmap(Guid? municipalityId, Guid? organizationId, string title, AcademicYear academicYear)
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
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        AcademicYear = academicYear;
    }

    public Guid? MunicipalityId { get; private set; }

    public Municipality? Municipality { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string Title { get; private set; }

    public AcademicYear AcademicYear { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public bool IsApproved => ApprovedAt is not null;

    public IReadOnlyCollection<RoadmapItem> Items => _items.AsReadOnly();

    public void Update(string title, AcademicYear academicYear)
    {
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        AcademicYear = academicYear;
    }

    /// <summary>A new plan item, flagged overdue at once when its deadline is already behind <paramref name="today"/>.</summary>
    public RoadmapItem AddItem(RoadmapStage stage, string title, DateOnly deadline, string? responsible, DateOnly today)
    {
        var item = new RoadmapItem(Id, stage, title, deadline, responsible);
        item.RefreshOverdue(today);
        _items.Add(item);
        return item;
    }

    /// <summary>The item of this roadmap with that id; null when it has none (a read, which the caller answers as not found).</summary>
    public RoadmapItem? FindItem(Guid itemId) => _items.Find(i => i.Id == itemId);

    public void RemoveItem(RoadmapItem item) => _items.Remove(item);

    public void Approve(DateTimeOffset at, string? by)
    {
        if (IsApproved)
        {
            throw new DomainConflictException(ErrorCodes.Roadmap.AlreadyApproved);
        }

        ApprovedAt = at;
        ApprovedBy = Guard.Optional(by, "approvedBy", TextLengths.Label);
    }

    /// <summary>An approved roadmap is a record of what was agreed: it is not deleted.</summary>
    public void EnsureDeletable()
    {
        if (IsApproved)
        {
            throw new DomainConflictException(ErrorCodes.Roadmap.ApprovedNotDeletable);
        }
    }

    /// <summary>Re-flags overdue items (the daily job); returns how many flags changed.</summary>
    public int RefreshOverdue(DateOnly today) => _items.Count(i => i.RefreshOverdue(today));
}

/// <summary>A plan item of a roadmap: what, by when, who, and what came of it.</summary>
public class RoadmapItem : BaseEntity
{
    public const int ResponsibleMaxLength = 300;

    private RoadmapItem()
    {
        Title = null!;
    }

    internal RoadmapItem(Guid roadmapId, RoadmapStage stage, string title, DateOnly deadline, string? responsible)
    {
        RoadmapId = roadmapId;
        Status = RoadmapItemStatus.Planned;
        Update(stage, title, deadline, responsible);
    }

    public Guid RoadmapId { get; private set; }

    public RoadmapStage Stage { get; private set; }

    public string Title { get; private set; }

    public DateOnly Deadline { get; private set; }

    /// <summary>Who is responsible, as written in the plan (a position or a name).</summary>
    public string? Responsible { get; private set; }

    public RoadmapItemStatus Status { get; private set; }

    public string? Result { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>Set by the daily job: still open after its deadline.</summary>
    public bool IsOverdue { get; private set; }

    public bool IsOpen => Status is RoadmapItemStatus.Planned or RoadmapItemStatus.InProgress;

    [MemberNotNull(nameof(Title))]
    public void Update(RoadmapStage stage, string title, DateOnly deadline, string? responsible)
    {
        Stage = Check.Defined(stage, "stage");
        Title = Guard.NotBlank(title, "title", TextLengths.Paragraph);
        Deadline = deadline;
        Responsible = Guard.Optional(responsible, "responsible", ResponsibleMaxLength);
    }

    public void Start()
    {
        EnsureOpen();
        Status = RoadmapItemStatus.InProgress;
    }

    public void Complete(DateOnly on, string? result)
    {
        EnsureOpen();
        Status = RoadmapItemStatus.Done;
        CompletedOn = on;
        Result = Guard.Optional(result, "result", TextLengths.FreeText);
        IsOverdue = false;
    }

    public void Cancel(string? reason)
    {
        EnsureOpen();
        Status = RoadmapItemStatus.Cancelled;
        Result = Guard.Optional(reason, "result", TextLengths.FreeText);
        IsOverdue = false;
    }

    /// <summary>
    /// Moves the item on to <paramref name="status"/> (nothing when it is there already): in progress, done on
    /// <paramref name="today"/> with its result, or cancelled with a reason. A closed item stays closed and no item
    /// goes back to planned. Re-flags it overdue.
    /// </summary>
    public void MoveTo(RoadmapItemStatus? status, DateOnly today, string? result)
    {
        if (status is { } next && next != Status)
        {
            switch (next)
            {
                case RoadmapItemStatus.InProgress:
                    Start();
                    break;
                case RoadmapItemStatus.Done:
                    Complete(today, result);
                    break;
                case RoadmapItemStatus.Cancelled:
                    Cancel(result);
                    break;
                default:
                    throw new DomainConflictException(ErrorCodes.Roadmap.ItemCannotReturnToPlanned, "status");
            }
        }

        RefreshOverdue(today);
    }

    /// <summary>Overdue: still open after the deadline day. Returns whether the flag changed.</summary>
    public bool RefreshOverdue(DateOnly today)
    {
        var overdue = IsOpen && Deadline < today;
        if (overdue == IsOverdue)
        {
            return false;
        }

        IsOverdue = overdue;
        return true;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainConflictException(ErrorCodes.Roadmap.ItemClosed, "status", Status);
        }
    }
}
