using Mentorship.Domain.Common;

namespace Mentorship.Domain.Territory;

/// <summary>
/// Where a head-count report came from (источник сведений о контингенте): Manual — entered by hand through the API;
/// Integration — pushed by the school information system; ReportingRequest — from the organisation's submitted answer to a
/// reporting request (запрос в ОО).
/// </summary>
public enum HeadCountSource
{
    Manual = 1,
    Integration,
    ReportingRequest,
}

/// <summary>
/// A head-count report of an organisation for an academic year: the denominators of coverage. Reports are
/// never overwritten: the latest for a year wins, older ones are kept.
/// </summary>
public class HeadCount : BaseEntity
{
    private HeadCount()
    {
    }

    public HeadCount(
        Guid organizationId,
        AcademicYear academicYear,
        HeadCountFigures figures,
        HeadCountSource source,
        DateTimeOffset reportedAt,
        string? reportedBy)
    {
        figures.Validate();
        OrganizationId = organizationId;
        AcademicYear = academicYear;
        PupilsTotal = figures.PupilsTotal;
        PupilsInAgeBand = figures.PupilsInAgeBand;
        AdditionalEducationPupils = figures.AdditionalEducationPupils;
        AdditionalEducationPupilsMentored = figures.AdditionalEducationPupilsMentored;
        TeachersTotal = figures.TeachersTotal;
        TeachersUnder35 = figures.TeachersUnder35;
        YoungSpecialists = figures.YoungSpecialists;
        Source = source;
        ReportedAt = reportedAt;
        ReportedBy = reportedBy;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public AcademicYear AcademicYear { get; private set; }

    public int PupilsTotal { get; private set; }

    /// <summary>Pupils in the region's coverage age band (10–18 by default) on 1 September.</summary>
    public int PupilsInAgeBand { get; private set; }

    /// <summary>Pupils of additional-education programmes (for the 70 % additional-education indicator).</summary>
    public int AdditionalEducationPupils { get; private set; }

    /// <summary>
    /// Of <see cref="AdditionalEducationPupils"/>, those who are mentees in any programme, as a school reports it for its
    /// own ДО enrolment (a ДО organisation's mentees are counted from its pupils' records instead).
    /// </summary>
    public int AdditionalEducationPupilsMentored { get; private set; }

    public int TeachersTotal { get; private set; }

    public int TeachersUnder35 { get; private set; }

    /// <summary>Young specialists: teachers with under 3 full years of pedagogical experience.</summary>
    public int YoungSpecialists { get; private set; }

    public HeadCountSource Source { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public string? ReportedBy { get; private set; }
}

public sealed record HeadCountFigures(
    int PupilsTotal,
    int PupilsInAgeBand,
    int AdditionalEducationPupils,
    int TeachersTotal,
    int TeachersUnder35,
    int YoungSpecialists,
    int AdditionalEducationPupilsMentored = 0)
{
    public void Validate()
    {
        Guard.NotNegative(PupilsTotal, "pupilsTotal");
        Guard.NotNegative(PupilsInAgeBand, "pupilsInAgeBand");
        Guard.NotNegative(AdditionalEducationPupils, "additionalEducationPupils");
        Guard.NotNegative(TeachersTotal, "teachersTotal");
        Guard.NotNegative(TeachersUnder35, "teachersUnder35");
        Guard.NotNegative(YoungSpecialists, "youngSpecialists");
        Guard.NotNegative(AdditionalEducationPupilsMentored, "additionalEducationPupilsMentored");
        if (AdditionalEducationPupilsMentored > AdditionalEducationPupils)
        {
            throw new DomainException(ErrorCodes.Targets.MentoredExceedsEnrolled, "additionalEducationPupilsMentored");
        }
        if (PupilsInAgeBand > PupilsTotal)
        {
            throw new DomainException(ErrorCodes.HeadCount.AgeBandExceedsPupils, "pupilsInAgeBand");
        }

        if (TeachersUnder35 > TeachersTotal)
        {
            throw new DomainException(ErrorCodes.HeadCount.Under35ExceedsTeachers, "teachersUnder35");
        }

        if (YoungSpecialists > TeachersTotal)
        {
            throw new DomainException(ErrorCodes.HeadCount.YoungSpecialistsExceedTeachers, "youngSpecialists");
        }
    }
}
