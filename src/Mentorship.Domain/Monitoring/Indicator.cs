namespace Mentorship.Domain.Monitoring;

/// <summary>
/// The territorial unit a monitoring figure is for (уровень мониторинга): Organization — one organisation; Municipality
/// — a municipality (муниципалитет), its organisations rolled up; Region — a region (субъект РФ), its municipalities
/// rolled up.
/// </summary>
public enum MonitoringLevel
{
    Organization = 1,
    Municipality,
    Region,
}

/// <summary>
/// A coverage indicator (показатель охвата) of the target model, computed per calendar year: PupilsMentored — share of
/// pupils of the region's age band (10–18 by default) of general-education and СПО organisations who are mentees
/// (наставляемые); YoungTeachersMentored — share of teachers under 35 involved in forms of support and mentoring;
/// AdditionalEducationPupilsMentored — share of children in additional education (дополнительное образование) involved;
/// OrganizationsWithProgramme — share of educational organisations with a mentorship programme;
/// OrganizationsWithTrainedStaff — share of those organisations whose staff completed mentorship training;
/// MentorshipContestParticipants — number of participants in the regional contest «Лучшие практики наставничества»
/// (target per municipality); Mentors — number of mentors (наставники); Mentees — number of mentees; Groups — number of
/// pairs and groups (пары/группы); StaleGroups — active pairs and groups with no meeting logged for the configured
/// number of days.
/// </summary>
public enum Indicator
{
    /// <summary>Share of pupils of the region's age band (10–18 by default) who are mentees.</summary>
    PupilsMentored = 1,

    /// <summary>Share of teachers under 35 involved in forms of support and mentoring.</summary>
    YoungTeachersMentored,

    /// <summary>Share of pupils of additional-education organisations involved.</summary>
    AdditionalEducationPupilsMentored,

    /// <summary>Share of organisations with a mentorship programme.</summary>
    OrganizationsWithProgramme,

    /// <summary>Share of organisations whose staff completed mentorship training.</summary>
    OrganizationsWithTrainedStaff,

    /// <summary>Number of participants in the regional contest «Лучшие практики наставничества»; its target is per municipality.</summary>
    MentorshipContestParticipants,

    /// <summary>Number of mentors (breakdowns: form, format, rural, hard to reach).</summary>
    Mentors,

    /// <summary>Number of mentees (same breakdowns).</summary>
    Mentees,

    /// <summary>Number of pairs and groups (same breakdowns).</summary>
    Groups,

    /// <summary>Number of active pairs and groups with no meeting logged for the configured number of days.</summary>
    StaleGroups,
}

public static class IndicatorExtensions
{
    /// <summary>Whether the indicator is a share in percent; otherwise it is a count.</summary>
    public static bool IsShare(this Indicator indicator) => indicator is Indicator.PupilsMentored
        or Indicator.YoungTeachersMentored or Indicator.AdditionalEducationPupilsMentored
        or Indicator.OrganizationsWithProgramme or Indicator.OrganizationsWithTrainedStaff;

    /// <summary>Whether a target schedule exists for the indicator (the plain counts have none).</summary>
    public static bool HasTarget(this Indicator indicator) =>
        indicator is not (Indicator.Mentors or Indicator.Mentees or Indicator.Groups or Indicator.StaleGroups);
}
