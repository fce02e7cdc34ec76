using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Regions.Queries.GetRegion;

/// <summary>A region (субъект РФ): its code, name and the pupil age band its coverage indicator counts.</summary>
public sealed record RegionDto
{
    /// <summary>Identifier of the region.</summary>
    public Guid Id { get; init; }

    /// <summary>Region code (код субъекта РФ), two digits, such as "38".</summary>
    public required string Code { get; init; }

    /// <summary>Region name, such as "Иркутская область".</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Lower bound of the pupil age band in full years on 1 September of the monitoring year (10 by default).
    /// </summary>
    public int PupilAgeFrom { get; init; }

    /// <summary>Upper bound of the pupil age band, inclusive (18 by default; some regions use 11–18).</summary>
    public int PupilAgeTo { get; init; }

    /// <summary>The region's IANA time zone; exports show local times in it.</summary>
    public required string TimeZone { get; init; }

    /// <summary>
    /// Version of the record, carried by the ETag; send the ETag in If-Match to update it (a stale one answers 412).
    /// </summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Region, RegionDto>();
    }
}
