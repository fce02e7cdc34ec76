using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

public sealed record OrganizationDto
{
    public Guid Id { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public string? Inn { get; init; }

    public OrganizationKind Kind { get; init; }

    public bool IsRural { get; init; }

    public bool IsHardToReach { get; init; }

    public string? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public bool IsArchived { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, OrganizationDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId));
    }
}
