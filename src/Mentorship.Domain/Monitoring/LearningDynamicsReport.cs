using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// Criterion 7: the dynamics of learning results in a mentee teacher's classes over the period of the mentoring, as the
/// organisation reports it — positive, stable or negative. One per teacher and year, replaced when recorded again.
/// </summary>
public class LearningDynamicsReport : BaseEntity
{
    private LearningDynamicsReport()
    {
    }

    public LearningDynamicsReport(Guid organizationId, int year, Guid personId)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        PersonId = Check.NotEmpty(personId, "personId");
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    /// <summary>The mentee teacher whose classes the dynamics are of.</summary>
    public Guid PersonId { get; private set; }

    public CriterionLevel Dynamics { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public void Record(CriterionLevel dynamics, DateOnly periodFrom, DateOnly periodTo, DateTimeOffset recordedAt)
    {
        if (dynamics == CriterionLevel.NoData || !CriterionIndicators.Allows(CriterionIndicator.LearningDynamics, dynamics))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "dynamics", dynamics, CriterionIndicator.LearningDynamics.Code());
        }

        if (periodTo < periodFrom)
        {
            throw new DomainException(ErrorCodes.Criteria.PeriodReversed, "periodTo", periodFrom, periodTo);
        }

        Dynamics = dynamics;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        RecordedAt = recordedAt;
    }
}

/// <summary>
/// Indicator 6.3 as the curator gives it (информация кураторов): whether the organisation's teachers took part in a
/// mentorship contest in the year, and which. One per organisation and year.
/// </summary>
public class MentorshipContestReport : BaseEntity
{
    private MentorshipContestReport()
    {
    }

    public MentorshipContestReport(Guid organizationId, int year)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    public bool Participated { get; private set; }

    public string? ContestName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public void Record(bool participated, string? contestName, DateTimeOffset recordedAt)
    {
        Participated = participated;
        ContestName = Guard.Optional(contestName, "contestName", TextLengths.Title);
        RecordedAt = recordedAt;
    }
}
