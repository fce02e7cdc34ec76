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
public sealed record CriterionDto(
    EfficiencyCriterion Criterion,
    decimal? Value,
    CriterionLevel Level,
    IReadOnlyDictionary<string, JsonElement>? Inputs,
    DateTimeOffset? ComputedAt);
