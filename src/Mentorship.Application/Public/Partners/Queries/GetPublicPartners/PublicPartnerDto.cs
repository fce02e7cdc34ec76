using AutoMapper;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Partners.Queries.GetPublicPartners;

/// <summary>A partner (employer, NGO, college, university…) of at least one published programme.</summary>
public sealed record PublicPartnerDto : IPublicResource
{
    /// <summary>Identifier of the partner organisation.</summary>
    public Guid Id { get; init; }

    /// <summary>Full name (полное наименование).</summary>
    public required string Name { get; init; }

    /// <summary>Short name (краткое наименование); null when none.</summary>
    public string? ShortName { get; init; }

    /// <summary>Kind of organisation (тип организации).</summary>
    public OrganizationKind Kind { get; init; }

    /// <summary>The municipality it belongs to.</summary>
    public Guid MunicipalityId { get; init; }

    /// <summary>Name of that municipality.</summary>
    public required string MunicipalityName { get; init; }

    /// <summary>The region (субъект РФ).</summary>
    public Guid RegionId { get; init; }

    /// <summary>Name of the region.</summary>
    public required string RegionName { get; init; }

    /// <summary>The partner's public contacts.</summary>
    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    /// <summary>The published programmes it supports, by title.</summary>
    public IReadOnlyList<PublicPartnerProgrammeDto> Programmes { get; init; } = [];

    /// <summary>When the entry last changed (UTC); drives Last-Modified and the ETag for caching.</summary>
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
