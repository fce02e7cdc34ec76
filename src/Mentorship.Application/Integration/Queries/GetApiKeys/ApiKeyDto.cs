using AutoMapper;
using Mentorship.Domain.Integration;

namespace Mentorship.Application.Integration.Queries.GetApiKeys;

/// <summary>An API key of a school information system (without its secret).</summary>
public sealed record ApiKeyDto
{
    /// <summary>Identifier of the key.</summary>
    public Guid Id { get; init; }

    /// <summary>The name to recognise it by.</summary>
    public required string Name { get; init; }

    /// <summary>The integrating client's id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The first 12 characters of the key, to tell keys apart.</summary>
    public required string Prefix { get; init; }

    /// <summary>The organisations the key may write for.</summary>
    public IReadOnlyList<Guid> OrganizationIds { get; init; } = [];

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>When it was revoked (UTC); null while it works.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>When it was last used (UTC); null if never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ApiKey, ApiKeyDto>().ForMember(d => d.OrganizationIds, o => o.MapFrom(s => s.Organizations.Select(x => x.OrganizationId)));
    }
}
