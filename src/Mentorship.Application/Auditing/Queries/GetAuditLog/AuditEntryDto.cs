using AutoMapper;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Auditing.Queries.GetAuditLog;

/// <summary>
/// An entry of the personal-data audit log (журнал доступа к персональным данным, 152-FZ): who read or changed whose
/// data, when and from where.
/// </summary>
/// <param name="Id">Identifier of the entry.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Actor">
/// The user id (token subject), "client:…" for an integration client, or "system" for the system's own changes; null
/// when unknown.
/// </param>
/// <param name="ClientId">The integration client (API key) that called; null for users.</param>
/// <param name="RemoteAddress">The caller's IP address; null when unknown.</param>
/// <param name="Action">Read, create, update or delete.</param>
/// <param name="EntityType">What kind of record, such as "Person" or "Consent".</param>
/// <param name="EntityId">The record; null for a list read.</param>
/// <param name="PersonId">The person whose data it was, when one person's; null for a list.</param>
/// <param name="Details">
/// For a read, the request that showed the data (": list" for a page); for an update, the fields changed; null when
/// nothing more.
/// </param>
public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string? Actor, string? ClientId, string? RemoteAddress, AuditAction Action, string EntityType, Guid? EntityId, Guid? PersonId, string? Details)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AuditEntry, AuditEntryDto>();
    }
}
