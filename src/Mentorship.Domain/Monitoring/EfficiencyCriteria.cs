using System.Globalization;
using System.Text.Json;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>The result of one criterion: its value (when it has one), its level and the inputs it came from.</summary>
public sealed record CriterionResult(EfficiencyCriterion Criterion, decimal? Value, CriterionLevel Level, IReadOnlyDictionary<string, object?> Inputs)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The inputs as JSON text, stored with the snapshot so that the level can be checked by hand.</summary>
    public string InputsJson => JsonSerializer.Serialize(Inputs, JsonOptions);
}

/// <summary>Inputs of criterion 4 for an organisation and year.</summary>
/// <param name="Cohort">Young specialists hired in Y−5 … Y−3.</param>
/// <param name="Retained">Those of them still employed on 31 December Y, or who left after at least 3 years.</param>
/// <param name="Teachers">Teachers employed on 31 December Y.</param>
/// <param name="TeachersUnder3Years">Those of them with under 3 years in the organisation on that day.</param>
public sealed record RetentionInputs(int Cohort, int Retained, int Teachers, int TeachersUnder3Years);

/// <summary>Inputs of criterion 6 for an organisation and year.</summary>
public sealed record DisseminationInputs(
    int SchoolPublications,
    int MunicipalPublications,
    int RegionalPublications,
    int FederalPublications,
    int MentorTrainings,
    int MentorsTrained,
    int MentorshipContestParticipations)
{
    public int Publications => SchoolPublications + MunicipalPublications + RegionalPublications + FederalPublications;
}

/// <summary>
/// The seven yearly efficiency criteria of an organisation (критерии эффективности), as pure rules over inputs
/// that the database aggregates. A criterion whose inputs are missing is "no data", never a guess.
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

    /// <summary>1. A mentorship programme of the organisation covers the year: present / absent.</summary>
    public static CriterionResult ProgrammeExists(int programmes) => new(
        EfficiencyCriterion.ProgrammeExists,
        programmes,
        programmes > 0 ? CriterionLevel.Present : CriterionLevel.Absent,
        new Dictionary<string, object?> { ["programmes"] = programmes });

    /// <summary>2, 3 and 7: the most frequent answer of the year's respondents; a tie to the lower level.</summary>
    public static CriterionResult FromAnswers(EfficiencyCriterion criterion, IReadOnlyDictionary<CriterionLevel, int> answers)
    {
        var level = CriterionLevels.MostFrequent(criterion, answers);
        var inputs = new Dictionary<string, object?> { ["respondents"] = answers.Values.Sum() };
        foreach (var scaleLevel in CriterionLevels.For(criterion))
        {
            inputs[Camel(scaleLevel)] = answers.GetValueOrDefault(scaleLevel);
        }

        return new(criterion, null, level, inputs);
    }

    /// <summary>4. Retention of young teachers, on the 80/60/40 scale; no cohort → no data.</summary>
    public static CriterionResult Retention(RetentionInputs inputs)
    {
        var value = IndicatorSnapshot.Share(inputs.Retained, inputs.Cohort);
        return new(EfficiencyCriterion.YoungTeacherRetention, value, CriterionLevels.OfPercent(value), new Dictionary<string, object?>
        {
            ["cohort"] = inputs.Cohort,
            ["retained"] = inputs.Retained,
            ["teachers"] = inputs.Teachers,
            ["teachersUnder3Years"] = inputs.TeachersUnder3Years,
            ["teachersUnder3YearsShare"] = IndicatorSnapshot.Share(inputs.TeachersUnder3Years, inputs.Teachers),
        });
    }

    /// <summary>
    /// 5. Young specialists' participations in professional contests at school and municipal level over the young
    /// specialists of the head-count, on the 80/60/40 scale; no young specialists (or no head-count) → no data.
    /// </summary>
    public static CriterionResult YoungSpecialistContests(int participations, int? youngSpecialists)
    {
        var value = youngSpecialists is { } denominator ? IndicatorSnapshot.Share(participations, denominator) : null;
        return new(EfficiencyCriterion.YoungSpecialistContests, value, CriterionLevels.OfPercent(value), new Dictionary<string, object?>
        {
            ["participations"] = participations,
            ["youngSpecialists"] = youngSpecialists,
        });
    }

    /// <summary>
    /// 6. Dissemination and continuous training: present when the organisation's staff presented or published, mentors
    /// completed a ДПП course, or took part in a mentorship contest in the year; the value is the number of
    /// presentations and publications.
    /// </summary>
    public static CriterionResult Dissemination(DisseminationInputs inputs)
    {
        var present = inputs.Publications > 0 || inputs.MentorTrainings > 0 || inputs.MentorshipContestParticipations > 0;
        return new(EfficiencyCriterion.DisseminationAndTraining, inputs.Publications, present ? CriterionLevel.Present : CriterionLevel.Absent,
            new Dictionary<string, object?>
            {
                ["publicationsSchool"] = inputs.SchoolPublications,
                ["publicationsMunicipal"] = inputs.MunicipalPublications,
                ["publicationsRegional"] = inputs.RegionalPublications,
                ["publicationsFederal"] = inputs.FederalPublications,
                ["mentorTrainings"] = inputs.MentorTrainings,
                ["mentorsTrained"] = inputs.MentorsTrained,
                ["mentorshipContest"] = inputs.MentorshipContestParticipations > 0,
            });
    }

    private static string Camel(CriterionLevel level)
    {
        var name = level.ToString();
        return char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
    }
}
