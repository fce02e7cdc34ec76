using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A computed indicator of an organisation, municipality or region for a calendar year. Recomputation updates
/// the snapshot with the same key (level, unit, year, indicator, breakdown), so running a job twice gives the
/// same rows.
/// </summary>
public class IndicatorSnapshot : BaseEntity
{
    /// <summary>The breakdown key of the unit's total.</summary>
    public const string Total = "";

    public const int BreakdownMaxLength = 64;

    private IndicatorSnapshot()
    {
        Breakdown = null!;
    }

    /// <param name="breakdown">Empty for the total, or a key such as "form:PupilPupil", "format:Group", "rural".</param>
    public IndicatorSnapshot(MonitoringLevel level, Guid unitId, int year, Indicator indicator, string breakdown = Total)
    {
        Level = Check.Defined(level, "level");
        UnitId = Check.NotEmpty(unitId, "unitId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        Indicator = Check.Defined(indicator, "indicator");
        Breakdown = breakdown.Trim();
        if (Breakdown.Length > BreakdownMaxLength)
        {
            const string field = "breakdown";
            throw new DomainException(ErrorCodes.Validation.TooLong, field, field, BreakdownMaxLength);
        }
    }

    public MonitoringLevel Level { get; private set; }

    /// <summary>The region the unit lies in (the unit itself at region level): the scope of who may read it.</summary>
    public Guid RegionId { get; private set; }

    /// <summary>The municipality the unit lies in (the unit itself at municipality level); null at region level.</summary>
    public Guid? MunicipalityId { get; private set; }

    /// <summary>The organisation, municipality or region, by <see cref="Level"/>.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The calendar year, as the federal target schedules are.</summary>
    public int Year { get; private set; }

    public Indicator Indicator { get; private set; }

    public string Breakdown { get; private set; }

    /// <summary>Persons or organisations counted; the count itself for a count indicator.</summary>
    public int Numerator { get; private set; }

    /// <summary>The head-count or number of organisations; null for a count indicator.</summary>
    public int? Denominator { get; private set; }

    /// <summary>The share in percent, unrounded (or the count); null means "no data".</summary>
    public decimal? Value { get; private set; }

    /// <summary>The target share in percent (or target count) for the year, if one is set.</summary>
    public decimal? Target { get; private set; }

    /// <summary>The target as a number of persons or organisations.</summary>
    public int? TargetCount { get; private set; }

    /// <summary>Null when there is no data or no target.</summary>
    public bool? Met { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>
    /// Of the pupils indicator only: mentees who cannot be placed in the age band because their birth date is unknown —
    /// counted and reported beside the indicator, in neither its numerator nor its denominator; null elsewhere.
    /// </summary>
    public int? NotPlaced { get; private set; }

    /// <summary>Records the mentees of the pupils indicator that have no birth date.</summary>
    public void SetNotPlaced(int? count)
    {
        if (count is not null && Indicator != Indicator.PupilsMentored)
        {
            throw new DomainException(ErrorCodes.Monitoring.IndicatorIsCount, "indicator", Indicator);
        }

        NotPlaced = count is { } c ? Guard.NotNegative(c, "notPlaced") : null;
    }

    /// <summary>Places the unit in its region and municipality, which scope who may read the snapshot.</summary>
    public IndicatorSnapshot In(Guid regionId, Guid? municipalityId)
    {
        RegionId = Check.NotEmpty(regionId, "regionId");
        if ((Level == MonitoringLevel.Region) != (municipalityId is null))
        {
            throw new DomainException(ErrorCodes.Monitoring.MunicipalityByLevel, "municipalityId");
        }

        MunicipalityId = municipalityId;
        return this;
    }

    /// <summary>A share is numerator / denominator × 100; a zero denominator gives "no data", not 0 %.</summary>
    public static decimal? Share(int numerator, int denominator) =>
        denominator > 0 ? numerator * 100m / denominator : null;

    /// <summary>
    /// A target count is the target share of the denominator rounded to the nearest whole, a half rounded down —
    /// the rule that reproduces every cell of seed 004's plan for 10 371 pupils: 3 % → 311, 10 % → 1 037,
    /// 20 % → 2 074, 35 % → 3 629.85 → 3 630, 50 % → 5 185.5 → 5 185, 70 % → 7 259.7 → 7 260.
    /// </summary>
    public static int TargetCountOf(decimal targetShare, int denominator) =>
        (int)Math.Ceiling((targetShare * denominator / 100m) - 0.5m);

    /// <param name="targetCount">
    /// A target given as a number of persons (a municipality's own plan): it decides "met" directly, and there is no
    /// target share.
    /// </param>
    public void SetShare(int numerator, int denominator, decimal? targetShare, DateTimeOffset computedAt, int? targetCount = null)
    {
        EnsureKind(share: true);
        Numerator = Guard.NotNegative(numerator, "numerator");
        Denominator = Guard.NotNegative(denominator, "denominator");
        Value = Share(numerator, denominator);
        Target = targetCount is null ? targetShare : null;
        TargetCount = targetCount is { } given ? Guard.NotNegative(given, "targetCount")
            : targetShare is { } t && denominator > 0 ? TargetCountOf(t, denominator) : null;

        // Where a target count exists the count decides (5 185 mentees of 10 371 meet 50 %, although 49.995 % < 50 %);
        // otherwise the unrounded share does: a share is rounded to one decimal only when shown.
        Met = Value is not { } v ? null
            : TargetCount is { } count ? numerator >= count
            : Target is { } target ? v >= target
            : null;
        ComputedAt = computedAt;
    }

    public void SetCount(int count, int? targetCount, DateTimeOffset computedAt)
    {
        EnsureKind(share: false);
        Numerator = Guard.NotNegative(count, "count");
        Denominator = null;
        Value = count;
        Target = targetCount;
        TargetCount = targetCount;
        Met = targetCount is { } t ? count >= t : null;
        ComputedAt = computedAt;
    }

    private void EnsureKind(bool share)
    {
        if (Indicator.IsShare() != share)
        {
            throw new DomainException(share ? ErrorCodes.Monitoring.IndicatorIsCount : ErrorCodes.Monitoring.IndicatorIsShare, "indicator", Indicator);
        }
    }
}
