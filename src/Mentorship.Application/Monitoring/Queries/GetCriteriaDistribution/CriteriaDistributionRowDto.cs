using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetCriteriaDistribution;

/// <summary>How many organisations of a municipality are at one level of a criterion, or of one of its indicators.</summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Municipality">Its name.</param>
/// <param name="Oktmo">Its OKTMO code.</param>
/// <param name="Criterion">The criterion (1–7).</param>
/// <param name="Indicator">The indicator of the criterion; null for the criterion's own level.</param>
/// <param name="Code">"3" for a criterion, "3.2" for an indicator, as in seed 001's table.</param>
/// <param name="Level">The level; every level of the scale is listed, and NoData, with zero where no organisation is at it.</param>
/// <param name="Organizations">How many of the municipality's organisations are at that level.</param>
public sealed record CriteriaDistributionRowDto(
    Guid MunicipalityId,
    string Municipality,
    string Oktmo,
    EfficiencyCriterion Criterion,
    CriterionIndicator? Indicator,
    string Code,
    CriterionLevel Level,
    int Organizations);
