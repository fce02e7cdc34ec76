using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A computed efficiency criterion of an organisation for a calendar year: the value, its level and the inputs it
/// came from (a JSON text, so every number can be checked by hand). One per organisation, year and criterion.
/// </summary>
public class CriterionSnapshot : OrganizationYearFigure
{
    private CriterionSnapshot()
    {
    }

    public CriterionSnapshot(Guid organizationId, int year, EfficiencyCriterion criterion)
        : base(organizationId, year)
    {
        Criterion = Check.Defined(criterion, "criterion");
    }

    public EfficiencyCriterion Criterion { get; private set; }

    public void Set(decimal? value, CriterionLevel level, string? inputs, DateTimeOffset computedAt)
    {
        if (!CriterionLevels.Allows(Criterion, level))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "level", level, Criterion);
        }

        SetFigure(value, level, inputs, computedAt);
    }
}
