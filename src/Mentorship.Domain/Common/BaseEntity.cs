namespace Mentorship.Domain.Common;

/// <summary>An entity with a client-independent identity and the domain events raised while it changed.</summary>
public abstract class BaseEntity
{
    private readonly List<DomainEvent> _domainEvents = [];

    protected BaseEntity()
    {
        Id = Guid.CreateVersion7();
    }

    public Guid Id { get; protected set; }

    public IReadOnlyCollection<DomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    public void AddDomainEvent(DomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>
/// An aggregate whose changes are tracked: who and when, plus an application-managed version that is bumped
/// on every save and serves as the optimistic-concurrency token on every provider (SQLite has no rowversion).
/// </summary>
public abstract class AuditableEntity : BaseEntity
{
    public DateTimeOffset Created { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset LastModified { get; set; }

    public string? LastModifiedBy { get; set; }

    public long Version { get; set; }
}

public abstract record DomainEvent
{
    public DateTimeOffset OccurredAt { get; init; }
}
