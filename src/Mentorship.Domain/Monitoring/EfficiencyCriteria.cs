using System.Text.Json;

namespace Mentorship.Domain.Monitoring;

/// <summary>The result of one criterion: its value (when it has one), its level and the inputs it came from.</summary>
public sealed record CriterionResult(EfficiencyCriterion Criterion, decimal? Value, CriterionLevel Level, IReadOnlyDictionary<string, object?> Inputs)
{
    /// <summary>The inputs as JSON text, stored with the snapshot so that the level can be checked by hand.</summary>
    public string InputsJson => JsonSerializer.Serialize(Inputs, IndicatorResult.JsonOptions);
}

/// <summary>The seven criteria of an organisation and year with the indicators they were made of.</summary>
public sealed record CriteriaEvaluation(IReadOnlyList<CriterionResult> Criteria, IReadOnlyList<IndicatorResult> Indicators);

/// <summary>
/// The seven yearly efficiency criteria of an organisation (критерии эффективности), indicator by indicator, as pure
/// rules over inputs that the database aggregates. An indicator whose inputs are missing is "no data", never a guess.
/// </summary>
public static class EfficiencyCriteria
{
    /// <summary>The calendar years of hire of the criterion-4 cohort: Y−5 to Y−3.</summary>
    public static (int From, int To) RetentionCohortYears(int year) => (year - 5, year - 3);

    /// <summary>
    /// Criterion 4: a young specialist of the cohort is retained when still employed on 31 December Y or when they
    /// left after at least 3 years.
    /// </summary>
    public static bool IsRetained(DateOnly hiredAt, DateOnly? leftAt, int year) =>
        leftAt is not { } left || left >= new DateOnly(year, 12, 31) || left >= hiredAt.AddYears(3);

    /// <summary>Every indicator, then every criterion made of them.</summary>
    public static CriteriaEvaluation Evaluate(CriterionInputs inputs)
    {
        IndicatorResult[] indicators =
        [
            ProgrammeExists(inputs.Programmes),
            IndicatorResult.FromAnswers(CriterionIndicator.DeficitConditions, inputs.DeficitAnswers, IndicatorSource.Questionnaire),
            IndicatorResult.FromAnswers(CriterionIndicator.MaterialMotivation, inputs.MaterialAnswers, IndicatorSource.Questionnaire),
            IndicatorResult.FromAnswers(CriterionIndicator.NonMaterialMotivation, inputs.NonMaterialAnswers, IndicatorSource.Questionnaire),
            Retention(inputs.Retention),
            TeachersUnder3Years(inputs.Retention),
            YoungSpecialistContests(inputs.YoungSpecialistContests),
            Presentations(inputs.Publications),
            MentorTraining(inputs.MentorTraining),
            MentorshipContests(inputs.MentorshipContest),
            IndicatorResult.FromAnswers(CriterionIndicator.LearningDynamics, inputs.Dynamics.Figures, inputs.Dynamics.Source),
        ];
        return new(Enum.GetValues<EfficiencyCriterion>().Select(c => Criterion(c, [.. indicators.Where(i => i.Indicator.Criterion() == c)])).ToList(), indicators);
    }

    /// <summary>
    /// A criterion's own level from its indicators: a single indicator's level; criterion 3 the lower of its indicators
    /// with data; criterion 4 the level of 4.1; criterion 6 present when any indicator shows activity, absent when all
    /// have data and none does, else no data.
    /// </summary>
    public static CriterionResult Criterion(EfficiencyCriterion criterion, IReadOnlyList<IndicatorResult> indicators)
    {
        var lead = indicators[0];
        switch (criterion)
        {
            case EfficiencyCriterion.MotivationSystem:
            {
                var level = CriterionLevels.Lowest(CriterionLevels.For(criterion), indicators.Select(i => i.Level));
                var deciding = indicators.FirstOrDefault(i => i.Level == level && level != CriterionLevel.NoData) ?? lead;
                return new(criterion, null, level, deciding.Inputs);
            }

            case EfficiencyCriterion.YoungTeacherRetention:
                return new(criterion, lead.Value, lead.Level, Merge(indicators));

            case EfficiencyCriterion.DisseminationAndTraining:
            {
                var level = indicators.Any(ShowsActivity) ? CriterionLevel.Present
                    : indicators.All(i => i.Level != CriterionLevel.NoData) ? CriterionLevel.Absent
                    : CriterionLevel.NoData;
                return new(criterion, lead.Value, level, Merge(indicators));
            }

            default:
                return new(criterion, lead.Value, lead.Level, lead.Inputs);
        }
    }

    /// <summary>1.1 A mentorship programme of the organisation covers the year: present / absent.</summary>
    public static IndicatorResult ProgrammeExists(int programmes) => new(
        CriterionIndicator.ProgrammeExists, programmes, programmes > 0 ? CriterionLevel.Present : CriterionLevel.Absent, IndicatorSource.Records, null,
        new Dictionary<string, object?> { ["programmes"] = programmes });

    /// <summary>4.1 Retention of young teachers, on the 80/60/40 scale; no cohort → no data.</summary>
    public static IndicatorResult Retention(Sourced<RetentionInputs> inputs)
    {
        var value = IndicatorSnapshot.Share(inputs.Figures.Retained, inputs.Figures.Cohort);
        return new(CriterionIndicator.YoungSpecialistRetention, value, CriterionLevels.OfPercent(value), inputs.Source, null,
            new Dictionary<string, object?> { ["cohort"] = inputs.Figures.Cohort, ["retained"] = inputs.Figures.Retained });
    }

    /// <summary>4.2 Teachers with under 3 years in the organisation over all its teachers: a figure; no teachers → no data.</summary>
    public static IndicatorResult TeachersUnder3Years(Sourced<RetentionInputs> inputs)
    {
        var value = IndicatorSnapshot.Share(inputs.Figures.TeachersUnder3Years, inputs.Figures.Teachers);
        return new(CriterionIndicator.TeachersUnder3YearsShare, value, value is null ? CriterionLevel.NoData : CriterionLevel.Figure, inputs.Source, null,
            new Dictionary<string, object?>
            {
                ["teachers"] = inputs.Figures.Teachers,
                ["teachersUnder3Years"] = inputs.Figures.TeachersUnder3Years,
                ["teachersUnder3YearsShare"] = value,
            });
    }

    /// <summary>
    /// 5.1 Young specialists' participations in professional contests at school and municipal level over the young
    /// specialists, on the 80/60/40 scale; no young specialists (or no head-count) → no data.
    /// </summary>
    public static IndicatorResult YoungSpecialistContests(Sourced<YoungSpecialistContestInputs> inputs)
    {
        var value = inputs.Figures.YoungSpecialists is { } denominator ? IndicatorSnapshot.Share(inputs.Figures.Participations, denominator) : null;
        return new(CriterionIndicator.YoungSpecialistContests, value, CriterionLevels.OfPercent(value), inputs.Source, null,
            new Dictionary<string, object?> { ["participations"] = inputs.Figures.Participations, ["youngSpecialists"] = inputs.Figures.YoungSpecialists });
    }

    /// <summary>6.1 Presentations, publications and talks of the mentors in Y: their number, by level; no scale.</summary>
    public static IndicatorResult Presentations(Sourced<PublicationInputs> inputs)
    {
        var p = inputs.Figures;
        return new(CriterionIndicator.MentorPresentations, p.Total, CriterionLevel.Figure, inputs.Source, null, new Dictionary<string, object?>
        {
            ["publicationsSchool"] = p.School,
            ["publicationsMunicipal"] = p.Municipal,
            ["publicationsRegional"] = p.Regional,
            ["publicationsFederal"] = p.Federal,
        });
    }

    /// <summary>
    /// 6.2 ДПП training of mentors in mentorship: present when a mentor completed a course in Y−2 … Y, absent when none
    /// did; the value is how often — courses per mentor, to two decimals. No mentors → no data.
    /// </summary>
    public static IndicatorResult MentorTraining(Sourced<MentorTrainingInputs> inputs)
    {
        var t = inputs.Figures;
        decimal? perMentor = t.Mentors > 0 ? Math.Round((decimal)t.Courses / t.Mentors, 2, MidpointRounding.AwayFromZero) : null;
        var level = t.Mentors == 0 ? CriterionLevel.NoData : t.Courses > 0 ? CriterionLevel.Present : CriterionLevel.Absent;
        return new(CriterionIndicator.MentorTraining, perMentor, level, inputs.Source, null, new Dictionary<string, object?>
        {
            ["mentors"] = t.Mentors,
            ["mentorTrainings"] = t.Courses,
            ["mentorsTrained"] = t.MentorsTrained,
            ["coursesPerMentor"] = perMentor,
        });
    }

    /// <summary>6.3 Participation in mentorship contests: participated / did not; nothing said → no data.</summary>
    public static IndicatorResult MentorshipContests(Sourced<MentorshipContestInputs>? inputs) => inputs is null
        ? new(CriterionIndicator.MentorshipContests, null, CriterionLevel.NoData, IndicatorSource.Curator, null, new Dictionary<string, object?>())
        : new(CriterionIndicator.MentorshipContests, null, inputs.Figures.Participated ? CriterionLevel.Participated : CriterionLevel.NotParticipated, inputs.Source, null,
            new Dictionary<string, object?> { ["mentorshipContest"] = inputs.Figures.Participated });

    private static bool ShowsActivity(IndicatorResult indicator) => indicator.Indicator switch
    {
        CriterionIndicator.MentorPresentations => indicator.Value > 0,
        CriterionIndicator.MentorTraining => indicator.Level == CriterionLevel.Present,
        CriterionIndicator.MentorshipContests => indicator.Level == CriterionLevel.Participated,
        _ => false,
    };

    private static Dictionary<string, object?> Merge(IEnumerable<IndicatorResult> indicators) =>
        indicators.SelectMany(i => i.Inputs).ToDictionary(p => p.Key, p => p.Value);
}
