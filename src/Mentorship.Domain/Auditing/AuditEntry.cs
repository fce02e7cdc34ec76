using Mentorship.Domain.Common;

namespace Mentorship.Domain.Auditing;

/// <summary>
/// What was done with personal data (персональные данные) in an audit entry: Read — a response showed it; Create — a
/// record was created; Update — a record was changed; Delete — a record was deleted or the person was anonymised on an
/// erasure request.
/// </summary>
public enum AuditAction
{
    Read = 1,
    Create,
    Update,
    Delete,
}

/// <summary>Who read or changed personal data, when, what, and from which client (152-FZ accountability).</summary>
public class AuditEntry : BaseEntity
{
    public const int ActorMaxLength = 200;
    public const int EntityTypeMaxLength = 100;
    public const int DetailsMaxLength = 1000;

    private AuditEntry()
    {
        EntityType = null!;
    }

    public AuditEntry(DateTimeOffset at, string? actor, string? clientId, string? remoteAddress, AuditAction action, string entityType, Guid? entityId, Guid? personId, string? details)
    {
        At = at;
        Actor = Truncate(actor, ActorMaxLength);
        ClientId = Truncate(clientId, ActorMaxLength);
        RemoteAddress = Truncate(remoteAddress, 64);
        Action = action;
        EntityType = Truncate(entityType, EntityTypeMaxLength)!;
        EntityId = entityId;
        PersonId = personId;
        Details = Truncate(details, DetailsMaxLength);
    }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user id (token subject) or "client:…" of an integration client; null for the system.</summary>
    public string? Actor { get; private set; }

    public string? ClientId { get; private set; }

    public string? RemoteAddress { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    public Guid? EntityId { get; private set; }

    /// <summary>The person whose data it was, when one person's.</summary>
    public Guid? PersonId { get; private set; }

    public string? Details { get; private set; }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
