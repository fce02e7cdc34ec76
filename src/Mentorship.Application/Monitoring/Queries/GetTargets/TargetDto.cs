using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetTargets;

/// <summary>A target in force: the region's own value or the federal default.</summary>
/// <param name="Indicator">The indicator the target is for.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">
/// The target in force: a share in percent, or participants per municipality for the contest.
/// </param>
/// <param name="FederalDefault">The federal default for the year; null when there is none.</param>
/// <param name="IsRegionOverride">The value is the region's own, not the federal default.</param>
/// <param name="IsCount">
/// The value is a number of persons (a count target, which decides "met" by itself), not a share in percent; always
/// so for the contest indicator.
/// </param>
/// <param name="MunicipalityId">The municipality the schedule is for; null for a region's schedule or the federal defaults.</param>
/// <param name="IsMunicipalOverride">The value is the municipality's own, overriding the region's.</param>
public sealed record TargetDto(
    Indicator Indicator,
    int Year,
    decimal Value,
    decimal? FederalDefault,
    bool IsRegionOverride,
    bool IsCount = false,
    Guid? MunicipalityId = null,
    bool IsMunicipalOverride = false);
