using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;

public sealed record MunicipalityDto
{
    public Guid Id { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public required string Name { get; init; }

    public required string Oktmo { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Municipality, MunicipalityDto>().ForMember(d => d.RegionName, o => o.MapFrom(s => s.Region!.Name));
    }
}
