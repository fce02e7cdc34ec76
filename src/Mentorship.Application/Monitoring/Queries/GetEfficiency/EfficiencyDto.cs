namespace Mentorship.Application.Monitoring.Queries.GetEfficiency;

/// <summary>The seven yearly efficiency criteria (критерии эффективности) of an organisation.</summary>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="Year">The calendar year (monitoring year).</param>
/// <param name="Criteria">The criteria, 1 to 7.</param>
public sealed record EfficiencyDto(Guid OrganizationId, int Year, IReadOnlyList<CriterionDto> Criteria);
