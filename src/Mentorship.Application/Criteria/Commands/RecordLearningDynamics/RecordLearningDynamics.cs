using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria.Commands.RecordLearningDynamics;

/// <summary>Records (or replaces) the dynamics of learning results of a mentee teacher for a year (criterion 7).</summary>
/// <param name="OrganizationId">The teacher's organisation; required.</param>
/// <param name="Year">The calendar year (monitoring year); required.</param>
/// <param name="PersonId">The mentee teacher: a teacher of the organisation, a mentee in a pair or group active in the year.</param>
/// <param name="Dynamics">Positive, Stable or Negative; required.</param>
/// <param name="PeriodFrom">First day of the period the dynamics are over; required.</param>
/// <param name="PeriodTo">Last day of that period, not before the first; required.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RecordLearningDynamicsCommand(Guid? OrganizationId, int? Year, Guid? PersonId, CriterionLevel? Dynamics, DateOnly? PeriodFrom, DateOnly? PeriodTo)
    : IRequest<LearningDynamicsDto>;

internal sealed class RecordLearningDynamicsHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<RecordLearningDynamicsCommand, LearningDynamicsDto>
{
    public async Task<LearningDynamicsDto> Handle(RecordLearningDynamicsCommand request, CancellationToken cancellationToken)
    {
        var (organizationId, year, personId) = (request.OrganizationId!.Value, request.Year!.Value, request.PersonId!.Value);
        await CriteriaReads.EnsureOrganizationVisibleAsync(db, organizationId, cancellationToken);
        await CriteriaReads.EnsureTeacherOfAsync(db, personId, organizationId, "personId", cancellationToken);
        if (!await CriteriaReads.IsMenteeInAsync(db, personId, year, cancellationToken))
        {
            throw new ConflictException(ErrorCodes.Criteria.NotMenteeInYear, "personId", year);
        }

        var report = await db.LearningDynamicsReports.SingleOrDefaultAsync(r => r.PersonId == personId && r.Year == year, cancellationToken);
        if (report is null)
        {
            report = new LearningDynamicsReport(organizationId, year, personId);
            db.LearningDynamicsReports.Add(report);
        }

        report.Record(request.Dynamics!.Value, request.PeriodFrom!.Value, request.PeriodTo!.Value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new LearningDynamicsDto(report.Id, report.OrganizationId, report.Year, report.PersonId, report.Dynamics, report.PeriodFrom, report.PeriodTo, report.RecordedAt);
    }
}
