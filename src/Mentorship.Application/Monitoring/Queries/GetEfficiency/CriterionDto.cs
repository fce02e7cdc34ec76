using System.Text.Json;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetEfficiency;

/// <summary>One efficiency criterion of an organisation and year: value, level on its scale, and the inputs used.</summary>
/// <param name="Criterion">The criterion (критерий эффективности), 1–7.</param>
/// <param name="Value">
/// The measured value where the criterion has one: a percentage for criteria 4 and 5 (such as the retention share), a
/// count for 6; null when it has none or there is no data.
/// </param>
/// <param name="Level">The level on the criterion's scale; NoData when there is no data, never a guess.</param>
/// <param name="Inputs">
/// The figures the criterion came from (numerators, denominators, answer distributions), by name, so every number can
/// be checked by hand; null when it was not computed for the year.
/// </param>
/// <param name="ComputedAt">
/// When the snapshot was computed (UTC); null when the criterion was not computed for the year (then the level is
/// NoData).
/// </param>
/// <param name="Indicators">The criterion's indicators (показатели) of seed 001's table, each with its own value and level.</param>
public sealed record CriterionDto(
    EfficiencyCriterion Criterion,
    decimal? Value,
    CriterionLevel Level,
    IReadOnlyDictionary<string, JsonElement>? Inputs,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<CriterionIndicatorDto> Indicators);

/// <summary>One indicator of a criterion for an organisation and year.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Code">Its code in seed 001's table, e.g. "3.2".</param>
/// <param name="Value">
/// The value where the indicator has one: a percentage for 4.1, 4.2 and 5.1, the number of presentations and
/// publications for 6.1, courses per mentor in the last three years for 6.2; null otherwise or without data.
/// </param>
/// <param name="Level">The level on the indicator's scale; Figure for a figure with no scale; NoData when there is no data.</param>
/// <param name="Source">Where the figures came from: Records, Questionnaire, Report or Curator; null when never computed.</param>
/// <param name="Distribution">For answered indicators (2.1, 3.1, 3.2, 7.1): how many answered each level; null otherwise.</param>
/// <param name="Inputs">The figures the indicator came from, by name; null when never computed.</param>
/// <param name="ComputedAt">When the snapshot was computed (UTC); null when never computed.</param>
public sealed record CriterionIndicatorDto(
    CriterionIndicator Indicator,
    string Code,
    decimal? Value,
    CriterionLevel Level,
    IndicatorSource? Source,
    IReadOnlyDictionary<string, int>? Distribution,
    IReadOnlyDictionary<string, JsonElement>? Inputs,
    DateTimeOffset? ComputedAt);
