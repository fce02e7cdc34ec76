using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetCoverageByYear;

/// <summary>One cell group of the municipality × year table: an indicator of a municipality in a year.</summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Municipality">Its name.</param>
/// <param name="Oktmo">Its OKTMO code.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Numerator">The count (persons or organisations counted, or the count of a count indicator).</param>
/// <param name="Denominator">The base of a share; null for a count indicator.</param>
/// <param name="Value">The share in percent rounded to one decimal (or the count); null is "no data".</param>
/// <param name="Target">The target share (or, for the contest, the target count); null for a count target or none.</param>
/// <param name="TargetCount">The target as a count.</param>
/// <param name="Met">Whether the target is met; null when there is no target or no data.</param>
/// <param name="NotPlaced">Pupils indicator only: mentees without a birth date, not placed in the age band.</param>
public sealed record CoverageByYearDto(
    Guid MunicipalityId,
    string Municipality,
    string Oktmo,
    int Year,
    Indicator Indicator,
    int Numerator,
    int? Denominator,
    decimal? Value,
    decimal? Target,
    int? TargetCount,
    bool? Met,
    int? NotPlaced);
