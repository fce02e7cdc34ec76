using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// One respondent's answer behind criteria 2 and 3 (teacher questionnaire) or 7 (reported dynamics of learning
/// results in a mentee's class). Anonymous: the level of the year is the most frequent answer.
/// </summary>
public class CriterionAnswer : BaseEntity
{
    private CriterionAnswer()
    {
    }

    public CriterionAnswer(Guid organizationId, int year, EfficiencyCriterion criterion, CriterionLevel level, DateTimeOffset answeredAt)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        if (!CriterionLevels.IsAnswered(Check.Defined(criterion, "criterion")))
        {
            throw new DomainException(ErrorCodes.Monitoring.CriterionNotAnswered, "criterion", criterion);
        }

        if (level == CriterionLevel.NoData || !CriterionLevels.Allows(criterion, level))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "level", level, criterion);
        }

        Criterion = criterion;
        Level = level;
        AnsweredAt = answeredAt;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    public EfficiencyCriterion Criterion { get; private set; }

    public CriterionLevel Level { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }
}
