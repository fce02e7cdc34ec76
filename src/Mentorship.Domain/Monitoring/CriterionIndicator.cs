namespace Mentorship.Domain.Monitoring;

/// <summary>
/// One of the eleven indicators (показатели) of the seven efficiency criteria, as seed 001's table lists them. The
/// number is the indicator's code without its dot: 32 is "3.2", the second indicator of criterion 3.
/// </summary>
public enum CriterionIndicator
{
    /// <summary>1.1 A mentorship programme of the organisation exists (наличие программы): present / absent.</summary>
    ProgrammeExists = 11,

    /// <summary>2.1 Conditions to remove teachers' deficits exist and are available (teacher questionnaire).</summary>
    DeficitConditions = 21,

    /// <summary>3.1 A system of material motivation (материальная мотивация): effective / ineffective / none.</summary>
    MaterialMotivation = 31,

    /// <summary>3.2 A system of non-material motivation (нематериальная мотивация): effective / ineffective / none.</summary>
    NonMaterialMotivation = 32,

    /// <summary>4.1 Young specialists hired in Y−5 … Y−3 still employed (закрепляемость), on the 80/60/40 scale.</summary>
    YoungSpecialistRetention = 41,

    /// <summary>4.2 The share of teachers with under 3 years in the organisation among all its teachers: a figure, no scale.</summary>
    TeachersUnder3YearsShare = 42,

    /// <summary>5.1 Young specialists' participations in professional contests at school and municipal level, on the scale.</summary>
    YoungSpecialistContests = 51,

    /// <summary>6.1 Presentations, publications and talks of the mentors, by level: a count, no scale.</summary>
    MentorPresentations = 61,

    /// <summary>6.2 Mentors trained by ДПП programmes in mentorship: present / absent, and courses per mentor in three years.</summary>
    MentorTraining = 62,

    /// <summary>6.3 Participation in mentorship contests (информация кураторов): participated / did not.</summary>
    MentorshipContests = 63,

    /// <summary>7.1 Dynamics of learning results in the mentees' classes: positive / stable / negative.</summary>
    LearningDynamics = 71,
}

/// <summary>Where an indicator's figures came from (seed 001's «способ оценки»).</summary>
public enum IndicatorSource
{
    /// <summary>Records the system holds (programmes, employments, activity records).</summary>
    Records = 1,

    /// <summary>The teacher questionnaire of the organisation (анкетирование педагогических работников).</summary>
    Questionnaire,

    /// <summary>The organisation's report (отчёт, ответ на запрос в ОО).</summary>
    Report,

    /// <summary>The curator's information (информация кураторов).</summary>
    Curator,
}

public static class CriterionIndicators
{
    private static readonly Dictionary<CriterionIndicator, CriterionLevel[]> Scales = new()
    {
        [CriterionIndicator.ProgrammeExists] = [CriterionLevel.Present, CriterionLevel.Absent],
        [CriterionIndicator.DeficitConditions] = [CriterionLevel.Available, CriterionLevel.Unavailable, CriterionLevel.None],
        [CriterionIndicator.MaterialMotivation] = [CriterionLevel.Effective, CriterionLevel.Ineffective, CriterionLevel.None],
        [CriterionIndicator.NonMaterialMotivation] = [CriterionLevel.Effective, CriterionLevel.Ineffective, CriterionLevel.None],
        [CriterionIndicator.YoungSpecialistRetention] = [CriterionLevel.From80To100, CriterionLevel.From60To79, CriterionLevel.From40To59, CriterionLevel.Below40],
        [CriterionIndicator.TeachersUnder3YearsShare] = [CriterionLevel.Figure],
        [CriterionIndicator.YoungSpecialistContests] = [CriterionLevel.From80To100, CriterionLevel.From60To79, CriterionLevel.From40To59, CriterionLevel.Below40],
        [CriterionIndicator.MentorPresentations] = [CriterionLevel.Figure],
        [CriterionIndicator.MentorTraining] = [CriterionLevel.Present, CriterionLevel.Absent],
        [CriterionIndicator.MentorshipContests] = [CriterionLevel.Participated, CriterionLevel.NotParticipated],
        [CriterionIndicator.LearningDynamics] = [CriterionLevel.Positive, CriterionLevel.Stable, CriterionLevel.Negative],
    };

    /// <summary>The code of seed 001's table, e.g. "3.2".</summary>
    public static string Code(this CriterionIndicator indicator) => $"{(int)indicator / 10}.{(int)indicator % 10}";

    public static EfficiencyCriterion Criterion(this CriterionIndicator indicator) => (EfficiencyCriterion)((int)indicator / 10);

    /// <summary>The indicators of a criterion, in the order of seed 001's table.</summary>
    public static IReadOnlyList<CriterionIndicator> Of(EfficiencyCriterion criterion) =>
        [.. Enum.GetValues<CriterionIndicator>().Where(i => i.Criterion() == criterion)];

    /// <summary>The levels an indicator can take besides "no data", from the highest to the lowest.</summary>
    public static IReadOnlyList<CriterionLevel> ScaleOf(CriterionIndicator indicator) => Scales[indicator];

    public static bool Allows(CriterionIndicator indicator, CriterionLevel level) =>
        level == CriterionLevel.NoData || Scales[indicator].Contains(level);
}
