using System.Text.Json;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetEfficiency;

/// <summary>One efficiency criterion of an organisation and year: value, level on its scale, and the inputs used.</summary>
public sealed record CriterionDto(
    EfficiencyCriterion Criterion,
    decimal? Value,
    CriterionLevel Level,
    IReadOnlyDictionary<string, JsonElement>? Inputs,
    DateTimeOffset? ComputedAt);
