using Mentorship.Domain.Common;

namespace Mentorship.Domain.People;

/// <summary>
/// A consent was revoked. When no other consent of the person remains active, the person's active
/// participations end with the reason <see cref="Programmes.MentoringGroup.ConsentRevokedReason"/>.
/// </summary>
public sealed record ConsentRevoked(Guid PersonId, Guid ConsentId, bool ConsentRemains) : DomainEvent;

/// <summary>The person was anonymised on an erasure request (152-FZ); their active participations end.</summary>
public sealed record PersonErased(Guid PersonId) : DomainEvent;
