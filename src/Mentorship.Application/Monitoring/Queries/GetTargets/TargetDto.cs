using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetTargets;

/// <summary>A target in force: the region's own value or the federal default.</summary>
public sealed record TargetDto(Indicator Indicator, int Year, decimal Value, decimal? FederalDefault, bool IsRegionOverride);
