namespace Mentorship.Application.Monitoring.Queries.GetEfficiency;

public sealed record EfficiencyDto(Guid OrganizationId, int Year, IReadOnlyList<CriterionDto> Criteria);
