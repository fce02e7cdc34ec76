using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>A target value in force: a share in percent, or a number of persons.</summary>
public sealed record TargetInForce(decimal Value, bool IsCount);

/// <summary>
/// Which target applies to which unit of a region-year. A municipality's own target overrides the region's for the
/// municipality and its organisations, and the region's overrides the federal default. A count target (a number of
/// persons) applies only to the territory it was set for — it cannot be shared out — so below it the nearest share
/// target applies: the municipality's, the region's, else the federal default.
/// </summary>
public sealed class TargetsInForce(
    IReadOnlyDictionary<Indicator, TargetInForce> region,
    IReadOnlyDictionary<Indicator, TargetInForce> federal,
    IReadOnlyDictionary<(Guid MunicipalityId, Indicator Indicator), TargetInForce> municipal)
{
    public static readonly TargetsInForce None = new(new Dictionary<Indicator, TargetInForce>(), new Dictionary<Indicator, TargetInForce>(), new Dictionary<(Guid, Indicator), TargetInForce>());

    public TargetInForce? For(MonitoringLevel level, Guid? municipalityId, Indicator indicator)
    {
        var own = municipalityId is { } m ? municipal.GetValueOrDefault((m, indicator)) : null;
        (TargetInForce? Target, bool OwnLevel)[] chain = level switch
        {
            MonitoringLevel.Region => [(region.GetValueOrDefault(indicator), true), (federal.GetValueOrDefault(indicator), false)],
            MonitoringLevel.Municipality => [(own, true), (region.GetValueOrDefault(indicator), false), (federal.GetValueOrDefault(indicator), false)],
            _ => [(own, false), (region.GetValueOrDefault(indicator), false), (federal.GetValueOrDefault(indicator), false)],
        };
        return chain.FirstOrDefault(c => c.Target is not null && (c.OwnLevel || !c.Target.IsCount || !indicator.IsShare())).Target;
    }
}
