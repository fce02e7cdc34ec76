using System.Globalization;
using System.Text.Json;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// The result of one indicator of a criterion: its value (when it has one), its level, how many answered each level
/// (when it comes from answers), the inputs used and where they came from.
/// </summary>
public sealed record IndicatorResult(
    CriterionIndicator Indicator,
    decimal? Value,
    CriterionLevel Level,
    IndicatorSource Source,
    IReadOnlyDictionary<string, int>? Distribution,
    IReadOnlyDictionary<string, object?> Inputs)
{
    internal static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string InputsJson => JsonSerializer.Serialize(Inputs, JsonOptions);

    public string? DistributionJson => Distribution is null ? null : JsonSerializer.Serialize(Distribution, JsonOptions);

    /// <summary>The indicator's level from answers counted per level: the most frequent; a tie to the lower; none → no data.</summary>
    public static IndicatorResult FromAnswers(CriterionIndicator indicator, IReadOnlyDictionary<CriterionLevel, int> answers, IndicatorSource source)
    {
        var scale = CriterionIndicators.ScaleOf(indicator);
        var level = CriterionLevels.MostFrequent(scale, answers, indicator);
        var distribution = scale.ToDictionary(Camel, l => answers.GetValueOrDefault(l));
        return new(indicator, null, level, source, distribution, new Dictionary<string, object?> { ["respondents"] = distribution.Values.Sum() });
    }

    /// <summary>A level's name as a JSON key: "notParticipated".</summary>
    public static string Camel(CriterionLevel level)
    {
        var name = level.ToString();
        return char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
    }
}
