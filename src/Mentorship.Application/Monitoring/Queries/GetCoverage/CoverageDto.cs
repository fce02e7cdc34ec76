using AutoMapper;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetCoverage;

/// <summary>An indicator of a unit and year. The value is the share in percent rounded to one decimal (or the count); null is "no data".</summary>
public sealed record CoverageDto
{
    /// <summary>The territorial unit the figure is for: organisation, municipality or region.</summary>
    public MonitoringLevel Level { get; init; }

    /// <summary>The organisation, municipality or region.</summary>
    public Guid UnitId { get; init; }

    /// <summary>The region (субъект РФ) of the unit.</summary>
    public Guid RegionId { get; init; }

    /// <summary>The municipality of the unit; null for a region.</summary>
    public Guid? MunicipalityId { get; init; }

    /// <summary>The calendar year (monitoring year) the figure is for.</summary>
    public int Year { get; init; }

    /// <summary>The indicator (показатель охвата).</summary>
    public Indicator Indicator { get; init; }

    /// <summary>Empty for the unit's total; "form:…", "format:…", "rural" or "hardToReach" otherwise.</summary>
    public string Breakdown { get; init; } = string.Empty;

    /// <summary>
    /// Persons or organisations counted (for a share, those involved; for a count, the count). A person counts at the
    /// organisation they belong to, once per level.
    /// </summary>
    public int Numerator { get; init; }

    /// <summary>
    /// Base of a share, from the head-counts (контингент) of the academic year starting in September of the year, else
    /// the one before; 0 gives "no data"; null for count indicators.
    /// </summary>
    public int? Denominator { get; init; }

    /// <summary>
    /// Share in percent (numerator / denominator × 100) rounded to one decimal, or the count; null is "no data" (zero
    /// denominator).
    /// </summary>
    public decimal? Value { get; init; }

    /// <summary>The target share in percent (or target count).</summary>
    public decimal? Target { get; init; }

    /// <summary>
    /// The target as a count: the target share of the denominator rounded to the nearest whole, a half rounded down
    /// (50 % of 10 371 = 5 185.5 → 5 185, as in seed 004's plan).
    /// </summary>
    public int? TargetCount { get; init; }

    /// <summary>
    /// The target is met: the numerator ≥ the target count wherever a target count exists (5 185 mentees of 10 371
    /// meet 50 %); otherwise the unrounded share ≥ the target share; null when there is no target or no data.
    /// </summary>
    public bool? Met { get; init; }

    /// <summary>
    /// Pupils indicator only: mentees who cannot be placed in the age band (no birth date) — in neither numerator nor
    /// denominator, reported here rather than dropped; null for other indicators.
    /// </summary>
    public int? NotPlaced { get; init; }

    /// <summary>When the snapshot was computed (UTC).</summary>
    public DateTimeOffset ComputedAt { get; init; }

    /// <summary>A pair or group of the unit was confirmed or closed since <see cref="ComputedAt"/>: the next recompute will move the figure.</summary>
    public bool Stale { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IndicatorSnapshot, CoverageDto>().ForMember(d => d.Stale, o => o.Ignore());
    }
}
