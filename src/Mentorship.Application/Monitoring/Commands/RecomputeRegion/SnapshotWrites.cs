using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>
/// What decides whether a recomputed snapshot is written: the snapshots are read without tracking, the computed figures
/// are applied to the detached rows, and only a row whose figures differ from what it held is handed to the context
/// to update. <c>ComputedAt</c> therefore says when the figure was last computed to its current value: a recompute
/// that finds the same figures writes nothing and leaves it as it was (the run itself is recorded by its job run).
/// Values are compared at the precision the database keeps (18, 6; targets 12, 4).
/// </summary>
internal static class SnapshotWrites
{
    public static object Figures(IndicatorSnapshot s) =>
        (s.RegionId, s.MunicipalityId, s.Numerator, s.Denominator, Rounded(s.Value, 6), Rounded(s.Target, 4), s.TargetCount, s.Met, s.NotPlaced);

    public static object Figures(CriterionSnapshot s) => (Rounded(s.Value, 6), s.Level, s.Inputs);

    public static object Figures(CriterionIndicatorSnapshot s) => (Rounded(s.Value, 6), s.Level, s.Inputs, s.Source, s.Distribution);

    private static decimal? Rounded(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
