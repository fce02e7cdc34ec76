using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;

/// <summary>
/// An aggregated coverage figure of a region or municipality for a calendar year. When the group of persons
/// behind it is smaller than the configured minimum (or only a few persons are left out of it), the figure
/// could point at a person: then <see cref="Suppressed"/> is true and the numerator, value and met are hidden.
/// </summary>
public sealed record PublicIndicatorDto : IPublicResource
{
    /// <summary>Region or municipality.</summary>
    public MonitoringLevel Level { get; init; }

    /// <summary>The region or municipality, by <see cref="Level"/>.</summary>
    public Guid UnitId { get; init; }

    /// <summary>Name of the region or municipality.</summary>
    public string UnitName { get; init; } = string.Empty;

    /// <summary>The calendar year (monitoring year).</summary>
    public int Year { get; init; }

    /// <summary>The indicator (показатель охвата).</summary>
    public Indicator Indicator { get; init; }

    /// <summary>Empty for the total, or a key such as "form:PupilPupil", "format:Group", "rural".</summary>
    public required string Breakdown { get; init; }

    /// <summary>Persons or organisations counted; null when hidden (suppressed).</summary>
    public int? Numerator { get; init; }

    /// <summary>Base of a share, from the head-counts; null for count indicators.</summary>
    public int? Denominator { get; init; }

    /// <summary>The share in percent rounded to one decimal, or the count; null when there is no data or it is hidden.</summary>
    public decimal? Value { get; init; }

    /// <summary>
    /// The target (целевое значение): a share in percent, or the count for the contest; null when there is none.
    /// </summary>
    public decimal? Target { get; init; }

    /// <summary>The target as a count of persons; null when there is none.</summary>
    public int? TargetCount { get; init; }

    /// <summary>The target is met; null when there is no target, no data, or the figure is hidden.</summary>
    public bool? Met { get; init; }

    /// <summary>The figure is hidden because the group is too small to be shown without pointing at a person.</summary>
    public bool Suppressed { get; init; }

    /// <summary>When the figure last changed (UTC); drives Last-Modified and the ETag for caching.</summary>
    public DateTimeOffset LastModified { get; init; }
}
