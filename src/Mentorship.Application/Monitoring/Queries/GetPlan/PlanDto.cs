using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetPlan;

/// <summary>The plan table (seed 004's layout) of an indicator: one row per territory, one column per year.</summary>
/// <param name="Indicator">The indicator the table is for.</param>
/// <param name="FromYear">The first calendar year of the columns.</param>
/// <param name="ToYear">The last calendar year of the columns.</param>
/// <param name="Rows">The region and/or its municipalities in the caller's scope, the region first.</param>
public sealed record PlanDto(Indicator Indicator, int FromYear, int ToYear, IReadOnlyList<PlanRowDto> Rows);

/// <summary>A territory's row of the plan table.</summary>
/// <param name="Level">Region or Municipality.</param>
/// <param name="UnitId">The region or municipality.</param>
/// <param name="Name">Its name.</param>
/// <param name="Code">The region's code or the municipality's OKTMO.</param>
/// <param name="BaseHeadCount">
/// The base head-count (denominator) of the latest year of the range that was recomputed; null when none was.
/// </param>
/// <param name="Years">One entry per year of the range, in order.</param>
public sealed record PlanRowDto(MonitoringLevel Level, Guid UnitId, string Name, string Code, int? BaseHeadCount, IReadOnlyList<PlanYearDto> Years);

/// <summary>
/// A year of a territory's plan. Recomputed years give the figures of their snapshot: the base head-count the
/// recompute used, the target in force then, the actual count, the share and whether the target is met. A year not
/// recomputed (a future one, say) is <see cref="Projected"/>: its target count is computed from the latest known base
/// head-count by the same rule (nearest whole, a half rounded down), and its actuals are null — never guessed.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="BaseHeadCount">The denominator used (or, projected, the latest known one); null when none is known.</param>
/// <param name="TargetShare">The target share in percent; null for a count target or no target.</param>
/// <param name="TargetCount">The target as a number of persons (given as such, or the share of the base head-count).</param>
/// <param name="TargetIsCount">The target was given as a number of persons, not a share.</param>
/// <param name="Actual">Persons counted (the numerator); null when the year was not recomputed.</param>
/// <param name="Share">The share in percent rounded to one decimal; null when not recomputed or no data.</param>
/// <param name="Met">Whether the target is met; null when not recomputed, no data or no target.</param>
/// <param name="NotPlaced">Pupils indicator only: mentees without a birth date, not placed in the age band.</param>
/// <param name="Projected">The year has no snapshot: its target is projected and it has no actuals.</param>
public sealed record PlanYearDto(
    int Year,
    int? BaseHeadCount,
    decimal? TargetShare,
    int? TargetCount,
    bool TargetIsCount,
    int? Actual,
    decimal? Share,
    bool? Met,
    int? NotPlaced,
    bool Projected);
