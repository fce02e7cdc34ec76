using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;

/// <summary>A municipality (муниципальное образование) of a region.</summary>
public sealed record MunicipalityDto
{
    /// <summary>Identifier of the municipality.</summary>
    public Guid Id { get; init; }

    /// <summary>The region (субъект РФ) it belongs to.</summary>
    public Guid RegionId { get; init; }

    /// <summary>Name of that region.</summary>
    public required string RegionName { get; init; }

    /// <summary>Municipality name.</summary>
    public required string Name { get; init; }

    /// <summary>OKTMO code (ОКТМО), 8 or 11 digits.</summary>
    public required string Oktmo { get; init; }

    /// <summary>
    /// Version of the record, carried by the ETag; send the ETag in If-Match to update it (a stale one answers 412).
    /// </summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Municipality, MunicipalityDto>().ForMember(d => d.RegionName, o => o.MapFrom(s => s.Region!.Name));
    }
}
