namespace Mentorship.Domain.Monitoring;

/// <summary>Figures of one part of a criterion and where they came from.</summary>
public sealed record Sourced<T>(T Figures, IndicatorSource Source);

/// <summary>Inputs of criterion 4 for an organisation and year.</summary>
/// <param name="Cohort">Young specialists hired in Y−5 … Y−3.</param>
/// <param name="Retained">Those of them still employed on 31 December Y, or who left after at least 3 years.</param>
/// <param name="Teachers">Teachers employed on 31 December Y.</param>
/// <param name="TeachersUnder3Years">Those of them with under 3 years in the organisation on that day.</param>
public sealed record RetentionInputs(int Cohort, int Retained, int Teachers, int TeachersUnder3Years);

/// <summary>Inputs of criterion 5: participations at school and municipal level, and the young specialists (null: no head-count).</summary>
public sealed record YoungSpecialistContestInputs(int Participations, int? YoungSpecialists);

/// <summary>Inputs of indicator 6.1: presentations, publications and talks of the organisation's mentors in Y, by level.</summary>
public sealed record PublicationInputs(int School, int Municipal, int Regional, int Federal)
{
    public int Total => School + Municipal + Regional + Federal;
}

/// <summary>Inputs of indicator 6.2: the organisation's mentors, and their ДПП courses in mentorship over Y−2 … Y.</summary>
/// <param name="Mentors">The organisation's people in a mentor bank.</param>
/// <param name="Courses">Courses they completed in the three years.</param>
/// <param name="MentorsTrained">Distinct mentors with at least one of them.</param>
public sealed record MentorTrainingInputs(int Mentors, int Courses, int MentorsTrained);

/// <summary>Inputs of indicator 6.3: whether the organisation's teachers took part in a mentorship contest in Y.</summary>
public sealed record MentorshipContestInputs(bool Participated, string? ContestName);

/// <summary>
/// What an organisation's report (запрос в ОО) may give for criteria 4–7; a part left null keeps the figures of the
/// system's records. The seam through which reporting requests feed the recompute.
/// </summary>
public sealed record ReportedCriterionInputs(
    RetentionInputs? Retention = null,
    YoungSpecialistContestInputs? YoungSpecialistContests = null,
    PublicationInputs? Publications = null,
    MentorTrainingInputs? MentorTraining = null,
    IReadOnlyDictionary<CriterionLevel, int>? Dynamics = null,
    MentorshipContestInputs? MentorshipContest = null);

/// <summary>
/// Everything the seven criteria of one organisation and year are computed from. The recompute fills it from the
/// records the system holds, then lets a submitted report override the parts it gives (<see cref="With"/>).
/// </summary>
/// <param name="Programmes">Programmes of the organisation that cover the year (criterion 1).</param>
/// <param name="DeficitAnswers">Questionnaire answers of indicator 2.1, counted per level.</param>
/// <param name="MaterialAnswers">Questionnaire answers of indicator 3.1, counted per level.</param>
/// <param name="NonMaterialAnswers">Questionnaire answers of indicator 3.2, counted per level.</param>
/// <param name="Retention">Criterion 4.</param>
/// <param name="YoungSpecialistContests">Criterion 5.</param>
/// <param name="Publications">Indicator 6.1.</param>
/// <param name="MentorTraining">Indicator 6.2.</param>
/// <param name="MentorshipContest">Indicator 6.3; null when neither the curator nor a record says anything.</param>
/// <param name="Dynamics">Criterion 7: reported dynamics counted per level.</param>
public sealed record CriterionInputs(
    int Programmes,
    IReadOnlyDictionary<CriterionLevel, int> DeficitAnswers,
    IReadOnlyDictionary<CriterionLevel, int> MaterialAnswers,
    IReadOnlyDictionary<CriterionLevel, int> NonMaterialAnswers,
    Sourced<RetentionInputs> Retention,
    Sourced<YoungSpecialistContestInputs> YoungSpecialistContests,
    Sourced<PublicationInputs> Publications,
    Sourced<MentorTrainingInputs> MentorTraining,
    Sourced<MentorshipContestInputs>? MentorshipContest,
    Sourced<IReadOnlyDictionary<CriterionLevel, int>> Dynamics)
{
    /// <summary>These inputs with the parts an organisation's report gives taken from it (source "report").</summary>
    public CriterionInputs With(ReportedCriterionInputs? report) => report is null ? this : this with
    {
        Retention = Reported(report.Retention) ?? Retention,
        YoungSpecialistContests = Reported(report.YoungSpecialistContests) ?? YoungSpecialistContests,
        Publications = Reported(report.Publications) ?? Publications,
        MentorTraining = Reported(report.MentorTraining) ?? MentorTraining,
        Dynamics = Reported(report.Dynamics) ?? Dynamics,

        // 6.3 is the curators' information first (seed 001: «информация кураторов»); a report fills it only where they gave none.
        MentorshipContest = MentorshipContest is { Source: IndicatorSource.Curator } ? MentorshipContest : Reported(report.MentorshipContest) ?? MentorshipContest,
    };

    private static Sourced<T>? Reported<T>(T? figures)
        where T : class => figures is null ? null : new Sourced<T>(figures, IndicatorSource.Report);
}
