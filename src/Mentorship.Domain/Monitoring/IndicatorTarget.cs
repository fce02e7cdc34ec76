using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A target of an indicator for a calendar year: the federal default when <see cref="RegionId"/> is null, or a
/// region's own. A share in percent; for <see cref="Indicator.MentorshipContestParticipants"/> a number of
/// participants per municipality.
/// </summary>
public class IndicatorTarget : AuditableEntity
{
    public const int MaxCount = 100_000;

    private IndicatorTarget()
    {
    }

    public IndicatorTarget(Guid? regionId, Indicator indicator, int year, decimal value)
    {
        RegionId = regionId;
        Indicator = Check.Defined(indicator, "indicator");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        if (!indicator.HasTarget())
        {
            throw new DomainException(ErrorCodes.Monitoring.IndicatorWithoutTarget, "indicator", indicator);
        }

        Value = Valid(value);
    }

    public Guid? RegionId { get; private set; }

    public Region? Region { get; private set; }

    public Indicator Indicator { get; private set; }

    public int Year { get; private set; }

    public decimal Value { get; private set; }

    public bool IsFederalDefault => RegionId is null;

    public void Change(decimal value) => Value = Valid(value);

    private decimal Valid(decimal value) =>
        Indicator.IsShare()
            ? Check.InRange(value, 0m, 100m, "value")
            : decimal.IsInteger(value)
                ? Check.InRange(value, 0m, MaxCount, "value")
                : throw new DomainException(ErrorCodes.Monitoring.TargetCountNotWhole, "value");
}
