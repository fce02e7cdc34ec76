using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Criteria;

/// <summary>Criterion 7 as reported for one mentee teacher and year.</summary>
/// <param name="Id">The report.</param>
/// <param name="OrganizationId">The teacher's organisation.</param>
/// <param name="Year">The calendar year (monitoring year).</param>
/// <param name="PersonId">The mentee teacher.</param>
/// <param name="Dynamics">Positive, Stable or Negative.</param>
/// <param name="PeriodFrom">First day of the period the dynamics are over.</param>
/// <param name="PeriodTo">Last day of that period.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record LearningDynamicsDto(Guid Id, Guid OrganizationId, int Year, Guid PersonId, CriterionLevel Dynamics, DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset RecordedAt);
