using AutoMapper;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Partners.Queries.GetPublicPartners;

/// <summary>A partner (employer, NGO, college, university…) of at least one published programme.</summary>
public sealed record PublicPartnerDto : IPublicResource
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public OrganizationKind Kind { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    /// <summary>The published programmes it supports, by title.</summary>
    public IReadOnlyList<PublicPartnerProgrammeDto> Programmes { get; init; } = [];

    public DateTimeOffset LastModified { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicPartnerDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId))
            .ForMember(d => d.RegionName, o => o.MapFrom(s => s.Municipality!.Region!.Name))
            .ForMember(d => d.OrganizationContacts, o => o.MapFrom(s => s))
            .ForMember(d => d.Programmes, o => o.Ignore());
    }
}
