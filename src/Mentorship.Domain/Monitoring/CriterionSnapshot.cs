using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A computed efficiency criterion of an organisation for a calendar year: the value, its level and the inputs it
/// came from (a JSON text, so every number can be checked by hand). One per organisation, year and criterion.
/// </summary>
public class CriterionSnapshot : BaseEntity
{
    public const int InputsMaxLength = TextLengths.FreeText;

    private CriterionSnapshot()
    {
    }

    public CriterionSnapshot(Guid organizationId, int year, EfficiencyCriterion criterion)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        Criterion = Check.Defined(criterion, "criterion");
        Level = CriterionLevel.NoData;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    public EfficiencyCriterion Criterion { get; private set; }

    /// <summary>The measured value (a percentage for criteria 4 and 5, a count for 6), when the criterion has one.</summary>
    public decimal? Value { get; private set; }

    public CriterionLevel Level { get; private set; }

    /// <summary>What the value was computed from, as JSON text (no personal data).</summary>
    public string? Inputs { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public void Set(decimal? value, CriterionLevel level, string? inputs, DateTimeOffset computedAt)
    {
        if (!CriterionLevels.Allows(Criterion, level))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "level", level, Criterion);
        }

        Value = value;
        Level = level;
        Inputs = Guard.Optional(inputs, "inputs", InputsMaxLength);
        ComputedAt = computedAt;
    }
}
