using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A computed indicator of an efficiency criterion for an organisation and year: value, level, the distribution of
/// answers (when it comes from answers), the inputs and their source. One per organisation, year and indicator,
/// written by the recompute beside the criterion's own <see cref="CriterionSnapshot"/>.
/// </summary>
public class CriterionIndicatorSnapshot : BaseEntity
{
    public const int JsonMaxLength = TextLengths.FreeText;

    private CriterionIndicatorSnapshot()
    {
    }

    public CriterionIndicatorSnapshot(Guid organizationId, int year, CriterionIndicator indicator)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        Indicator = Check.Defined(indicator, "indicator");
        Level = CriterionLevel.NoData;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    public CriterionIndicator Indicator { get; private set; }

    public decimal? Value { get; private set; }

    public CriterionLevel Level { get; private set; }

    public IndicatorSource Source { get; private set; }

    /// <summary>How many answered each level, as JSON text; null when the indicator is not answered.</summary>
    public string? Distribution { get; private set; }

    /// <summary>What the value was computed from, as JSON text (no personal data).</summary>
    public string? Inputs { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public void Set(IndicatorResult result, DateTimeOffset computedAt)
    {
        if (result.Indicator != Indicator || !CriterionIndicators.Allows(Indicator, result.Level))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "level", result.Level, Indicator.Code());
        }

        Value = result.Value;
        Level = result.Level;
        Source = result.Source;
        Distribution = Guard.Optional(result.DistributionJson, "distribution", JsonMaxLength);
        Inputs = Guard.Optional(result.InputsJson, "inputs", JsonMaxLength);
        ComputedAt = computedAt;
    }
}
