using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>One computed figure of a unit, before it is written to its snapshot.</summary>
public sealed record ComputedIndicator(
    MonitoringLevel Level,
    Guid UnitId,
    Guid? MunicipalityId,
    Indicator Indicator,
    string Breakdown,
    int Numerator,
    int? Denominator,
    decimal? Target,
    int? TargetCount,
    int? NotPlaced = null);

/// <summary>
/// The organisations' figures of a region-year and their roll-ups: a municipality's or the region's figure is the sum
/// of its organisations' numerators over the sum of their denominators, never a mean of shares.
/// </summary>
public sealed class FigureSet(Guid regionId, IReadOnlyList<OrganizationRow> organizations, IReadOnlyList<Guid> municipalities)
{
    private static readonly Indicator[] SplitByLocation = [Indicator.Mentors, Indicator.Mentees, Indicator.Groups];

    private readonly Dictionary<Guid, OrganizationRow> _organizations = organizations.ToDictionary(o => o.Id);
    private readonly Dictionary<(Guid OrganizationId, Indicator Indicator, string Breakdown), (int Numerator, int Denominator)> _figures = [];
    private readonly HashSet<Indicator> _alwaysRollUp = [];
    private readonly Dictionary<Guid, int> _notPlaced = [];
    private readonly Dictionary<(MonitoringLevel Level, Guid UnitId, Indicator Indicator, string Breakdown), int> _distinctAbove = [];
    private readonly Dictionary<(MonitoringLevel Level, Guid UnitId), int> _notPlacedAbove = [];

    public IReadOnlyList<OrganizationRow> Organizations => organizations;

    public void Share(Guid organizationId, Indicator indicator, int numerator, int denominator)
    {
        if (_organizations.ContainsKey(organizationId))
        {
            _figures[(organizationId, indicator, IndicatorSnapshot.Total)] = (numerator, denominator);
        }
    }

    /// <summary>An organisation's pupils-indicator mentees without a birth date (not placed in the age band).</summary>
    public void NotPlaced(Guid organizationId, int count)
    {
        if (_organizations.ContainsKey(organizationId))
        {
            _notPlaced[organizationId] = count;
        }
    }

    /// <summary>Adds to an organisation's count (zero registers the figure).</summary>
    public void Count(Guid organizationId, Indicator indicator, string breakdown, int count)
    {
        if (!_organizations.ContainsKey(organizationId))
        {
            return;
        }

        var key = (organizationId, indicator, breakdown);
        _figures[key] = (_figures.GetValueOrDefault(key).Numerator + count, 0);
    }

    /// <summary>
    /// A municipality's or the region's count of distinct persons, which replaces the sum of its organisations' counts:
    /// a person affiliated with two organisations counts at each of them and once above them.
    /// </summary>
    public void DistinctAbove(MonitoringLevel level, Guid unitId, Indicator indicator, string breakdown, int count) =>
        _distinctAbove[(level, unitId, indicator, breakdown)] = count;

    /// <summary>The distinct not-placed pupils of a municipality or the region (see <see cref="DistinctAbove"/>).</summary>
    public void NotPlacedAbove(MonitoringLevel level, Guid unitId, int count) => _notPlacedAbove[(level, unitId)] = count;

    /// <summary>Municipalities and the region show the indicator's total even when no organisation has it.</summary>
    public void AlwaysRollUp(Indicator indicator) => _alwaysRollUp.Add(indicator);

    /// <param name="targets">The targets in force for each unit: a share, a count of persons, or the contest's participants per municipality.</param>
    public IReadOnlyList<ComputedIndicator> RollUp(TargetsInForce targets)
    {
        var result = new List<ComputedIndicator>();
        foreach (var ((organizationId, indicator, breakdown), (numerator, denominator)) in _figures.OrderBy(f => f.Key.OrganizationId).ThenBy(f => f.Key.Indicator).ThenBy(f => f.Key.Breakdown, StringComparer.Ordinal))
        {
            result.Add(Make(MonitoringLevel.Organization, organizationId, _organizations[organizationId].MunicipalityId, indicator, breakdown, numerator, denominator, targets)
                with { NotPlaced = NotPlacedOf(indicator, breakdown, o => o.Id == organizationId) });
        }

        var totals = _figures.Keys.Select(k => k.Indicator).Concat(_alwaysRollUp).Distinct().ToList();
        foreach (var municipalityId in municipalities)
        {
            AddRollUp(result, MonitoringLevel.Municipality, municipalityId, municipalityId, o => o.MunicipalityId == municipalityId, totals, targets);
        }

        AddRollUp(result, MonitoringLevel.Region, regionId, null, _ => true, totals, targets);

        return result;
    }

    private void AddRollUp(List<ComputedIndicator> result, MonitoringLevel level, Guid unitId, Guid? municipalityId, Func<OrganizationRow, bool> inUnit, List<Indicator> totals, TargetsInForce targets)
    {
        var sums = new Dictionary<(Indicator Indicator, string Breakdown), (int Numerator, int Denominator)>();
        foreach (var indicator in totals)
        {
            sums[(indicator, IndicatorSnapshot.Total)] = (0, 0);
        }

        foreach (var ((organizationId, indicator, breakdown), (numerator, denominator)) in _figures)
        {
            var organization = _organizations[organizationId];
            if (!inUnit(organization))
            {
                continue;
            }

            Add(sums, (indicator, breakdown), numerator, denominator);
            if (breakdown == IndicatorSnapshot.Total && SplitByLocation.Contains(indicator))
            {
                if (organization.IsRural)
                {
                    Add(sums, (indicator, Breakdowns.Rural), numerator, 0);
                }

                if (organization.IsHardToReach)
                {
                    Add(sums, (indicator, Breakdowns.HardToReach), numerator, 0);
                }
            }
        }

        foreach (var ((distinctLevel, distinctUnit, indicator, breakdown), count) in _distinctAbove)
        {
            if (distinctLevel == level && distinctUnit == unitId && sums.TryGetValue((indicator, breakdown), out var sum))
            {
                sums[(indicator, breakdown)] = (count, sum.Denominator);
            }
        }

        foreach (var ((indicator, breakdown), (numerator, denominator)) in sums.OrderBy(s => s.Key.Indicator).ThenBy(s => s.Key.Breakdown, StringComparer.Ordinal))
        {
            if (breakdown == IndicatorSnapshot.Total || numerator > 0)
            {
                var notPlaced = NotPlacedOf(indicator, breakdown, inUnit);
                if (notPlaced is not null && _notPlacedAbove.TryGetValue((level, unitId), out var distinctNotPlaced))
                {
                    notPlaced = distinctNotPlaced;
                }

                result.Add(Make(level, unitId, municipalityId, indicator, breakdown, numerator, denominator, targets) with { NotPlaced = notPlaced });
            }
        }
    }

    private int? NotPlacedOf(Indicator indicator, string breakdown, Func<OrganizationRow, bool> inUnit) =>
        indicator == Indicator.PupilsMentored && breakdown == IndicatorSnapshot.Total
            ? _notPlaced.Where(n => inUnit(_organizations[n.Key])).Sum(n => n.Value)
            : null;

    private ComputedIndicator Make(MonitoringLevel level, Guid unitId, Guid? municipalityId, Indicator indicator, string breakdown, int numerator, int denominator, TargetsInForce targets)
    {
        var inForce = breakdown == IndicatorSnapshot.Total && indicator.HasTarget() ? targets.For(level, municipalityId, indicator) : null;
        decimal? target = inForce?.Value;

        if (indicator.IsShare())
        {
            // A count target (a number of persons) decides "met" by itself; a share target is turned into a count on saving.
            return inForce is { IsCount: true }
                ? new ComputedIndicator(level, unitId, municipalityId, indicator, breakdown, numerator, denominator, null, (int)inForce.Value)
                : new ComputedIndicator(level, unitId, municipalityId, indicator, breakdown, numerator, denominator, target, null);
        }

        // The contest's target is per municipality: the region's is that times its municipalities; none per organisation.
        int? targetCount = target is { } perMunicipality
            ? level switch
            {
                MonitoringLevel.Municipality => (int)perMunicipality,
                MonitoringLevel.Region => (int)(perMunicipality * municipalities.Count),
                _ => null,
            }
            : null;
        return new ComputedIndicator(level, unitId, municipalityId, indicator, breakdown, numerator, null, targetCount, targetCount);
    }

    private static void Add(Dictionary<(Indicator, string), (int Numerator, int Denominator)> sums, (Indicator, string) key, int numerator, int denominator)
    {
        var current = sums.GetValueOrDefault(key);
        sums[key] = (current.Numerator + numerator, current.Denominator + denominator);
    }
}
