using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;

/// <summary>
/// An aggregated coverage figure of a region or municipality for a calendar year. When the group of persons
/// behind it is smaller than the configured minimum (or only a few persons are left out of it), the figure
/// could point at a person: then <see cref="Suppressed"/> is true and the numerator, value and met are hidden.
/// </summary>
public sealed record PublicIndicatorDto : IPublicResource
{
    public MonitoringLevel Level { get; init; }

    /// <summary>The region or municipality, by <see cref="Level"/>.</summary>
    public Guid UnitId { get; init; }

    public string UnitName { get; init; } = string.Empty;

    public int Year { get; init; }

    public Indicator Indicator { get; init; }

    /// <summary>Empty for the total, or a key such as "form:PupilPupil", "format:Group", "rural".</summary>
    public required string Breakdown { get; init; }

    public int? Numerator { get; init; }

    public int? Denominator { get; init; }

    /// <summary>The share in percent rounded to one decimal, or the count; null when there is no data or it is hidden.</summary>
    public decimal? Value { get; init; }

    public decimal? Target { get; init; }

    public int? TargetCount { get; init; }

    public bool? Met { get; init; }

    /// <summary>The figure is hidden because the group is too small to be shown without pointing at a person.</summary>
    public bool Suppressed { get; init; }

    public DateTimeOffset LastModified { get; init; }
}
