using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A target of an indicator for a calendar year: the federal default when both <see cref="RegionId"/> and
/// <see cref="MunicipalityId"/> are null, a region's own, or a municipality's own (which overrides its region's for the
/// municipality and its organisations). A share in percent, or — <see cref="IsCount"/> — a number of persons (a
/// municipality's own plan may set counts, as seed 004 does); for <see cref="Indicator.MentorshipContestParticipants"/>
/// always a number of participants per municipality.
/// </summary>
public class IndicatorTarget : AuditableEntity
{
    public const int MaxCount = 100_000;

    private IndicatorTarget()
    {
    }

    /// <param name="regionId">The region of a region's target; null for the federal default and for a municipality's target.</param>
    /// <param name="municipalityId">The municipality of a municipality's own target.</param>
    /// <param name="isCount">The value is a number of persons, not a share (always so for a count indicator).</param>
    public IndicatorTarget(Guid? regionId, Indicator indicator, int year, decimal value, Guid? municipalityId = null, bool isCount = false)
    {
        if (regionId is not null && municipalityId is not null)
        {
            throw new DomainException(ErrorCodes.Targets.OneScope, "municipalityId");
        }

        RegionId = regionId;
        MunicipalityId = municipalityId;
        Indicator = Check.Defined(indicator, "indicator");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        if (!indicator.HasTarget())
        {
            throw new DomainException(ErrorCodes.Monitoring.IndicatorWithoutTarget, "indicator", indicator);
        }

        IsCount = isCount || !indicator.IsShare();
        Value = Valid(value);
    }

    public Guid? RegionId { get; private set; }

    public Region? Region { get; private set; }

    /// <summary>The municipality whose own target this is; null for the federal and regional targets.</summary>
    public Guid? MunicipalityId { get; private set; }

    public Municipality? Municipality { get; private set; }

    public Indicator Indicator { get; private set; }

    /// <summary>The value is a number of persons (or organisations, participants), not a share in percent.</summary>
    public bool IsCount { get; private set; }

    public int Year { get; private set; }

    public decimal Value { get; private set; }

    public bool IsFederalDefault => RegionId is null && MunicipalityId is null;

    public void Change(decimal value) => Value = Valid(value);

    /// <summary>Changes the value and whether it is a count (a count indicator stays a count).</summary>
    public void Change(decimal value, bool isCount)
    {
        IsCount = isCount || !Indicator.IsShare();
        Value = Valid(value);
    }

    private decimal Valid(decimal value) =>
        !IsCount
            ? Check.InRange(value, 0m, 100m, "value")
            : decimal.IsInteger(value)
                ? Check.InRange(value, 0m, MaxCount, "value")
                : throw new DomainException(ErrorCodes.Monitoring.TargetCountNotWhole, "value");
}
