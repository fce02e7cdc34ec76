using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A computed indicator of an efficiency criterion for an organisation and year: value, level, the distribution of
/// answers (when it comes from answers), the inputs and their source. One per organisation, year and indicator,
/// written by the recompute beside the criterion's own <see cref="CriterionSnapshot"/>.
/// </summary>
public class CriterionIndicatorSnapshot : OrganizationYearFigure
{
    public const int JsonMaxLength = InputsMaxLength;

    private CriterionIndicatorSnapshot()
    {
    }

    public CriterionIndicatorSnapshot(Guid organizationId, int year, CriterionIndicator indicator)
        : base(organizationId, year)
    {
        Indicator = Check.Defined(indicator, "indicator");
    }

    public CriterionIndicator Indicator { get; private set; }

    public IndicatorSource Source { get; private set; }

    /// <summary>How many answered each level, as JSON text; null when the indicator is not answered.</summary>
    public string? Distribution { get; private set; }

    public void Set(IndicatorResult result, DateTimeOffset computedAt)
    {
        if (result.Indicator != Indicator || !CriterionIndicators.Allows(Indicator, result.Level))
        {
            throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, "level", result.Level, Indicator.Code());
        }

        Source = result.Source;
        Distribution = Guard.Optional(result.DistributionJson, "distribution", JsonMaxLength);
        SetFigure(result.Value, result.Level, result.InputsJson, computedAt);
    }
}
