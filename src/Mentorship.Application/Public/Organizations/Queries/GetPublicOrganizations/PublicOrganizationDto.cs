using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

/// <summary>An organisation in the public directory, with whether it runs a published programme this academic year.</summary>
public sealed record PublicOrganizationDto : IPublicResource
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public OrganizationKind Kind { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public bool IsRural { get; init; }

    public bool IsHardToReach { get; init; }

    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    /// <summary>Runs a published programme in the current academic year.</summary>
    public bool RunsProgrammeThisYear { get; init; }

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
