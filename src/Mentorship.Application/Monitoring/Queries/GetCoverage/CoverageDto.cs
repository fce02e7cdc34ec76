using AutoMapper;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetCoverage;

/// <summary>An indicator of a unit and year. The value is the share in percent rounded to one decimal (or the count); null is "no data".</summary>
public sealed record CoverageDto
{
    public MonitoringLevel Level { get; init; }

    public Guid UnitId { get; init; }

    public Guid RegionId { get; init; }

    public Guid? MunicipalityId { get; init; }

    public int Year { get; init; }

    public Indicator Indicator { get; init; }

    /// <summary>Empty for the unit's total; "form:…", "format:…", "rural" or "hardToReach" otherwise.</summary>
    public string Breakdown { get; init; } = string.Empty;

    public int Numerator { get; init; }

    public int? Denominator { get; init; }

    public decimal? Value { get; init; }

    /// <summary>The target share in percent (or target count).</summary>
    public decimal? Target { get; init; }

    /// <summary>The target as a count: the target share of the denominator, rounded half away from zero.</summary>
    public int? TargetCount { get; init; }

    public bool? Met { get; init; }

    public DateTimeOffset ComputedAt { get; init; }

    /// <summary>A pair or group of the unit was confirmed or closed since <see cref="ComputedAt"/>: the next recompute will move the figure.</summary>
    public bool Stale { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IndicatorSnapshot, CoverageDto>().ForMember(d => d.Stale, o => o.Ignore());
    }
}
