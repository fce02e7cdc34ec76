using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

/// <summary>An organisation in the public directory, with whether it runs a published programme this academic year.</summary>
public sealed record PublicOrganizationDto : IPublicResource
{
    /// <summary>Identifier of the organisation.</summary>
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

    /// <summary>Rural organisation (сельская).</summary>
    public bool IsRural { get; init; }

    /// <summary>Hard-to-reach organisation (труднодоступная).</summary>
    public bool IsHardToReach { get; init; }

    /// <summary>The organisation's public contacts (never a person's).</summary>
    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    /// <summary>Runs a published programme in the current academic year.</summary>
    public bool RunsProgrammeThisYear { get; init; }

    /// <summary>When the entry last changed (UTC); drives Last-Modified and the ETag for caching.</summary>
    public DateTimeOffset LastModified { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId))
            .ForMember(d => d.RegionName, o => o.MapFrom(s => s.Municipality!.Region!.Name))
            .ForMember(d => d.OrganizationContacts, o => o.MapFrom(s => s))
            .ForMember(d => d.RunsProgrammeThisYear, o => o.Ignore());
    }
}
