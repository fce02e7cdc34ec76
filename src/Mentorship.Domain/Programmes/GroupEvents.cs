using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>A pair or group was confirmed: the monitoring of the organisations it touches is out of date.</summary>
public sealed record GroupConfirmed(Guid GroupId, Guid ProgrammeId, DateOnly StartedAt) : DomainEvent;

/// <summary>A pair or group was closed (completed or terminated): the monitoring of the organisations it touches is out of date.</summary>
public sealed record GroupClosed(Guid GroupId, Guid ProgrammeId, GroupStatus Outcome, DateOnly EndedAt) : DomainEvent;
