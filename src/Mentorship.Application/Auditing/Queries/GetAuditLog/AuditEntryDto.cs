using AutoMapper;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Auditing.Queries.GetAuditLog;

public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string? Actor, string? ClientId, string? RemoteAddress, AuditAction Action, string EntityType, Guid? EntityId, Guid? PersonId, string? Details)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AuditEntry, AuditEntryDto>();
    }
}
