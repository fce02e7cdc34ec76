using AutoMapper;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Organizations;

/// <summary>An organisation as the open information resource shows it.</summary>
public sealed record PublicOrganizationCardDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public OrganizationKind Kind { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    /// <summary>Сельская организация.</summary>
    public bool IsRural { get; init; }

    /// <summary>Труднодоступная organisation.</summary>
    public bool IsHardToReach { get; init; }

    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationCardDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId))
            .ForMember(d => d.RegionName, o => o.MapFrom(s => s.Municipality!.Region!.Name))
            .ForMember(d => d.OrganizationContacts, o => o.MapFrom(s => s));
    }
}
