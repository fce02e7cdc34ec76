using Mentorship.Domain.Common;

namespace Mentorship.Domain.Reporting;

/// <summary>
/// A part of a reporting request (раздел запроса в ОО): HeadCounts — контингент (pupils, teachers, young specialists);
/// AdditionalEducation — children enrolled in additional-education (ДО) programmes and the mentees among them;
/// Retention — criterion 4 (закрепляемость молодых специалистов); Contests — criterion 5 (участие молодых специалистов в
/// профессиональных конкурсах); Dissemination — criterion 6 (распространение опыта); LearningDynamics — criterion 7
/// (динамика образовательных результатов).
/// </summary>
[Flags]
public enum ReportingSection
{
    /// <summary>Контингент.</summary>
    HeadCounts = 1,

    /// <summary>Дополнительное образование.</summary>
    AdditionalEducation = 2,

    /// <summary>Критерий 4: закрепляемость.</summary>
    Retention = 4,

    /// <summary>Критерий 5: конкурсы.</summary>
    Contests = 8,

    /// <summary>Критерий 6: распространение опыта.</summary>
    Dissemination = 16,

    /// <summary>Критерий 7: динамика результатов.</summary>
    LearningDynamics = 32,
}

/// <summary>Head-count figures of an answer (контингент), for the academic year starting in September of the request's year.</summary>
public sealed class ReportedHeadCounts
{
    /// <summary>Pupils total (обучающихся всего); 0 or more.</summary>
    public required int PupilsTotal { get; init; }

    /// <summary>Pupils of the region's age band (10–18 by default); 0 to pupilsTotal.</summary>
    public required int PupilsInAgeBand { get; init; }

    /// <summary>Teachers total (педагогов всего); 0 or more.</summary>
    public required int TeachersTotal { get; init; }

    /// <summary>Teachers under 35 (педагоги до 35 лет); 0 to teachersTotal.</summary>
    public required int TeachersUnder35 { get; init; }

    /// <summary>Young specialists (молодые специалисты, under 3 years of pedagogical experience).</summary>
    public required int YoungSpecialists { get; init; }

    internal void Validate()
    {
        Figures.NotNegative(("headCounts.pupilsTotal", PupilsTotal), ("headCounts.pupilsInAgeBand", PupilsInAgeBand), ("headCounts.teachersTotal", TeachersTotal),
            ("headCounts.teachersUnder35", TeachersUnder35), ("headCounts.youngSpecialists", YoungSpecialists));
        Figures.PartOf("headCounts.pupilsInAgeBand", PupilsInAgeBand, "headCounts.pupilsTotal", PupilsTotal);
        Figures.PartOf("headCounts.teachersUnder35", TeachersUnder35, "headCounts.teachersTotal", TeachersTotal);
        Figures.PartOf("headCounts.youngSpecialists", YoungSpecialists, "headCounts.teachersTotal", TeachersTotal);
    }
}

/// <summary>Additional-education enrolment of an answer: children in ДО programmes at the organisation, and how many of them are mentees.</summary>
public sealed class ReportedAdditionalEducation
{
    /// <summary>Children enrolled in additional-education programmes (ДО) at the organisation; 0 or more.</summary>
    public required int Enrolled { get; init; }

    /// <summary>Of them, those who are mentees in any programme; 0 to enrolled.</summary>
    public required int Mentees { get; init; }

    internal void Validate()
    {
        Figures.NotNegative(("additionalEducation.enrolled", Enrolled), ("additionalEducation.mentees", Mentees));
        Figures.PartOf("additionalEducation.mentees", Mentees, "additionalEducation.enrolled", Enrolled);
    }
}

/// <summary>
/// Criterion 4's inputs: young specialists hired in Y−5…Y−3 and those of them retained; teachers, and those with under
/// 3 years in the organisation.
/// </summary>
public sealed class ReportedRetention
{
    /// <summary>Young specialists hired in years Y−5 to Y−3 (the cohort of criterion 4); 0 or more.</summary>
    public required int YoungSpecialistsHired { get; init; }

    /// <summary>Of the cohort, those still employed on 31 December of Y or who left after at least 3 years; 0 to youngSpecialistsHired.</summary>
    public required int YoungSpecialistsRetained { get; init; }

    /// <summary>Teachers of the organisation; 0 or more.</summary>
    public required int Teachers { get; init; }

    /// <summary>Teachers with under 3 years in the organisation; 0 to teachers.</summary>
    public required int TeachersUnder3YearsInOrganization { get; init; }

    internal void Validate()
    {
        Figures.NotNegative(("retention.youngSpecialistsHired", YoungSpecialistsHired), ("retention.youngSpecialistsRetained", YoungSpecialistsRetained),
            ("retention.teachers", Teachers), ("retention.teachersUnder3YearsInOrganization", TeachersUnder3YearsInOrganization));
        Figures.PartOf("retention.youngSpecialistsRetained", YoungSpecialistsRetained, "retention.youngSpecialistsHired", YoungSpecialistsHired);
        Figures.PartOf("retention.teachersUnder3YearsInOrganization", TeachersUnder3YearsInOrganization, "retention.teachers", Teachers);
    }
}

/// <summary>Criterion 5's inputs: young specialists and their participations in professional contests at school and municipal level.</summary>
public sealed class ReportedContests
{
    /// <summary>Young specialists (молодые специалисты, under 3 years of pedagogical experience).</summary>
    public required int YoungSpecialists { get; init; }

    /// <summary>Young specialists' participations in professional contests at school level in Y; 0 or more.</summary>
    public required int SchoolLevelParticipations { get; init; }

    /// <summary>Young specialists' participations in professional contests at municipal level in Y; 0 or more.</summary>
    public required int MunicipalLevelParticipations { get; init; }

    internal void Validate() => Figures.NotNegative(("contests.youngSpecialists", YoungSpecialists),
        ("contests.schoolLevelParticipations", SchoolLevelParticipations), ("contests.municipalLevelParticipations", MunicipalLevelParticipations));
}

/// <summary>
/// Criterion 6's inputs: mentors' presentations and publications by level, ДПП courses in mentorship completed by
/// mentors and the mentors trained, and whether the organisation took part in a mentorship contest.
/// </summary>
public sealed class ReportedDissemination
{
    /// <summary>Mentors' presentations, publications and talks at the organisation's level in Y; 0 or more.</summary>
    public required int OrganizationLevel { get; init; }

    /// <summary>Mentors' presentations, publications and talks at municipal level in Y; 0 or more.</summary>
    public required int MunicipalLevel { get; init; }

    /// <summary>Mentors' presentations, publications and talks at regional level in Y; 0 or more.</summary>
    public required int RegionalLevel { get; init; }

    /// <summary>Mentors' presentations, publications and talks at federal level in Y; 0 or more.</summary>
    public required int FederalLevel { get; init; }

    /// <summary>The organisation's mentors (those in a mentor bank) in Y; 0 or more.</summary>
    public required int Mentors { get; init; }

    /// <summary>ДПП courses in mentorship completed by the organisation's mentors in the last three years; 0 or more.</summary>
    public required int DppCourses { get; init; }

    /// <summary>Mentors who completed at least one of those courses; 0 to dppCourses, and no more than mentors.</summary>
    public required int MentorsTrained { get; init; }

    /// <summary>Whether the organisation took part in a mentorship contest in Y.</summary>
    public required bool MentorshipContestParticipation { get; init; }

    internal void Validate()
    {
        Figures.NotNegative(("dissemination.organizationLevel", OrganizationLevel), ("dissemination.municipalLevel", MunicipalLevel),
            ("dissemination.regionalLevel", RegionalLevel), ("dissemination.federalLevel", FederalLevel),
            ("dissemination.mentors", Mentors), ("dissemination.dppCourses", DppCourses), ("dissemination.mentorsTrained", MentorsTrained));

        // Every mentor trained completed at least one course, and is one of the mentors.
        Figures.PartOf("dissemination.mentorsTrained", MentorsTrained, "dissemination.dppCourses", DppCourses);
        Figures.PartOf("dissemination.mentorsTrained", MentorsTrained, "dissemination.mentors", Mentors);
    }
}

/// <summary>Criterion 7's inputs: mentee teachers whose classes showed positive, stable or negative dynamics of results.</summary>
public sealed class ReportedLearningDynamics
{
    /// <summary>Mentee teachers whose classes showed positive dynamics of learning results.</summary>
    public required int Positive { get; init; }

    /// <summary>Mentee teachers whose classes showed stable results.</summary>
    public required int Stable { get; init; }

    /// <summary>Mentee teachers whose classes showed negative dynamics.</summary>
    public required int Negative { get; init; }

    internal void Validate() => Figures.NotNegative(("learningDynamics.positive", Positive), ("learningDynamics.stable", Stable), ("learningDynamics.negative", Negative));
}

internal static class Figures
{
    public static void NotNegative(params (string Field, int Value)[] figures)
    {
        foreach (var (field, value) in figures)
        {
            Guard.NotNegative(value, field);
        }
    }

    public static void PartOf(string partField, int part, string wholeField, int whole)
    {
        if (part > whole)
        {
            throw new DomainException(ErrorCodes.Reporting.PartExceedsWhole, partField, partField, wholeField);
        }
    }
}
