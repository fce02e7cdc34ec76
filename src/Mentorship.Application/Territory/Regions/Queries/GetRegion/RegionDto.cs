using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Regions.Queries.GetRegion;

public sealed record RegionDto
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public int PupilAgeFrom { get; init; }

    public int PupilAgeTo { get; init; }

    /// <summary>The region's IANA time zone; exports show local times in it.</summary>
    public required string TimeZone { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Region, RegionDto>();
    }
}
