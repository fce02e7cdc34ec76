using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// The level of an efficiency criterion or indicator (уровень критерия эффективности), across the scales of the seven
/// criteria: NoData — no data for the year, never a guess; Present / Absent — есть / нет (criteria 1 and 6); Available
/// — условия созданы и доступны, Unavailable — условия есть, но недоступны, None — нет (criteria 2 and 3); Effective /
/// Ineffective — эффективна / неэффективна (criterion 3); From80To100 — 100–80 %, From60To79 — 79–60 %, From40To59 —
/// 59–40 %, Below40 — 39 % and below (criteria 4 and 5; 79.5 % is From60To79); Positive / Stable / Negative —
/// положительная / стабильная / отрицательная динамика (criterion 7); Figure — a figure with no scale (indicators 4.2
/// and 6.1); Participated / NotParticipated — участие / неучастие (indicator 6.3).
/// </summary>
public enum CriterionLevel
{
    /// <summary>No data: never a guess.</summary>
    NoData = 1,

    /// <summary>Criteria 1 and 6: есть.</summary>
    Present,

    /// <summary>Criteria 1 and 6: нет.</summary>
    Absent,

    /// <summary>Criterion 2: условия созданы и доступны.</summary>
    Available,

    /// <summary>Criterion 2: условия есть, но недоступны.</summary>
    Unavailable,

    /// <summary>Criteria 2 and 3: нет.</summary>
    None,

    /// <summary>Criterion 3: эффективна.</summary>
    Effective,

    /// <summary>Criterion 3: неэффективна.</summary>
    Ineffective,

    /// <summary>Criteria 4 and 5: 100–80 %.</summary>
    From80To100,

    /// <summary>Criteria 4 and 5: 79–60 %.</summary>
    From60To79,

    /// <summary>Criteria 4 and 5: 59–40 %.</summary>
    From40To59,

    /// <summary>Criteria 4 and 5: 39 % and below.</summary>
    Below40,

    /// <summary>Criterion 7: положительная динамика.</summary>
    Positive,

    /// <summary>Criterion 7: стабильная.</summary>
    Stable,

    /// <summary>Criterion 7: отрицательная.</summary>
    Negative,

    /// <summary>Indicators 4.2 and 6.1: a figure with no scale (the value says it all); "no data" when there is none.</summary>
    Figure,

    /// <summary>Indicator 6.3: took part in a mentorship contest (участие).</summary>
    Participated,

    /// <summary>Indicator 6.3: did not take part (неучастие).</summary>
    NotParticipated,
}

public static class CriterionLevels
{
    private static readonly Dictionary<EfficiencyCriterion, CriterionLevel[]> Scales = new()
    {
        [EfficiencyCriterion.ProgrammeExists] = [CriterionLevel.Present, CriterionLevel.Absent],
        [EfficiencyCriterion.DeficitConditions] = [CriterionLevel.Available, CriterionLevel.Unavailable, CriterionLevel.None],
        [EfficiencyCriterion.MotivationSystem] = [CriterionLevel.Effective, CriterionLevel.Ineffective, CriterionLevel.None],
        [EfficiencyCriterion.YoungTeacherRetention] = [CriterionLevel.From80To100, CriterionLevel.From60To79, CriterionLevel.From40To59, CriterionLevel.Below40],
        [EfficiencyCriterion.YoungSpecialistContests] = [CriterionLevel.From80To100, CriterionLevel.From60To79, CriterionLevel.From40To59, CriterionLevel.Below40],
        [EfficiencyCriterion.DisseminationAndTraining] = [CriterionLevel.Present, CriterionLevel.Absent],
        [EfficiencyCriterion.LearningDynamics] = [CriterionLevel.Positive, CriterionLevel.Stable, CriterionLevel.Negative],
    };

    /// <summary>The levels a criterion can take besides "no data", from the highest to the lowest.</summary>
    public static IReadOnlyList<CriterionLevel> For(EfficiencyCriterion criterion) => Scales[criterion];

    public static bool Allows(EfficiencyCriterion criterion, CriterionLevel level) =>
        level == CriterionLevel.NoData || Scales[criterion].Contains(level);

    /// <summary>Criteria answered by a questionnaire or a report rather than computed: 2, 3 and 7.</summary>
    public static bool IsAnswered(EfficiencyCriterion criterion) => criterion is EfficiencyCriterion.DeficitConditions
        or EfficiencyCriterion.MotivationSystem or EfficiencyCriterion.LearningDynamics;

    /// <summary>The scale of criteria 4 and 5: ≥ 80 → 100–80 %, ≥ 60 → 79–60 %, ≥ 40 → 59–40 %, else 39 % and below (so 79.5 is 79–60 %).</summary>
    public static CriterionLevel OfPercent(decimal? percent) => percent switch
    {
        null => CriterionLevel.NoData,
        >= 80m => CriterionLevel.From80To100,
        >= 60m => CriterionLevel.From60To79,
        >= 40m => CriterionLevel.From40To59,
        _ => CriterionLevel.Below40,
    };

    /// <summary>
    /// Criteria 2, 3 and 7: the most frequent answer of the year's respondents; a tie goes to the lower level;
    /// no respondents give "no data".
    /// </summary>
    public static CriterionLevel MostFrequent(EfficiencyCriterion criterion, IEnumerable<CriterionLevel> answers) =>
        MostFrequent(criterion, answers.GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>The same rule over answers already counted per level (as the database groups them).</summary>
    public static CriterionLevel MostFrequent(EfficiencyCriterion criterion, IReadOnlyDictionary<CriterionLevel, int> answerCounts) =>
        MostFrequent(Scales[criterion], answerCounts, criterion);

    /// <summary>
    /// The most frequent answer on a scale that runs from the highest level to the lowest; a tie goes to the lower
    /// level; no answers give "no data".
    /// </summary>
    public static CriterionLevel MostFrequent(IReadOnlyList<CriterionLevel> scale, IReadOnlyDictionary<CriterionLevel, int> answerCounts, object scaleOf)
    {
        var counts = answerCounts.Where(a => a.Key != CriterionLevel.NoData && a.Value > 0).ToDictionary(a => a.Key, a => a.Value);
        if (counts.Count == 0)
        {
            return CriterionLevel.NoData;
        }

        foreach (var stray in counts.Keys.Where(a => !scale.Contains(a)))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "level", stray, scaleOf);
        }

        var top = counts.Values.Max();

        // The scale runs from the highest level to the lowest, so the last one with the top count is the lowest.
        return scale.Last(l => counts.GetValueOrDefault(l) == top);
    }

    /// <summary>The lower of levels on one scale (from the highest to the lowest), "no data" ignored.</summary>
    public static CriterionLevel Lowest(IReadOnlyList<CriterionLevel> scale, IEnumerable<CriterionLevel> levels)
    {
        var withData = levels.Where(l => l != CriterionLevel.NoData).ToList();
        return withData.Count == 0 ? CriterionLevel.NoData : withData.MaxBy(l => IndexOf(scale, l));
    }

    private static int IndexOf(IReadOnlyList<CriterionLevel> scale, CriterionLevel level)
    {
        for (var i = 0; i < scale.Count; i++)
        {
            if (scale[i] == level)
            {
                return i;
            }
        }

        return -1;
    }
}
