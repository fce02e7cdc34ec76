using AutoMapper;
using Mentorship.Domain.Integration;

namespace Mentorship.Application.Integration.Queries.GetApiKeys;

public sealed record ApiKeyDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string ClientId { get; init; }

    public required string Prefix { get; init; }

    public IReadOnlyList<Guid> OrganizationIds { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ApiKey, ApiKeyDto>().ForMember(d => d.OrganizationIds, o => o.MapFrom(s => s.Organizations.Select(x => x.OrganizationId)));
    }
}
