using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria.Commands.SetMentorshipContest;

/// <summary>Indicator 6.3 as the curator records it for an organisation and year.</summary>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="Year">The calendar year (monitoring year).</param>
/// <param name="Participated">Whether its teachers took part in a mentorship contest.</param>
/// <param name="ContestName">Which contest, when known.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record MentorshipContestDto(Guid OrganizationId, int Year, bool Participated, string? ContestName, DateTimeOffset RecordedAt);

/// <summary>The curator's information on mentorship contests (indicator 6.3) for an organisation and year; replaces what was given.</summary>
/// <param name="OrganizationId">The organisation; required.</param>
/// <param name="Year">The calendar year (monitoring year); required.</param>
/// <param name="Participated">Whether its teachers took part in a mentorship contest; required.</param>
/// <param name="ContestName">Which contest; optional, up to 500 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetMentorshipContestCommand(Guid? OrganizationId, int? Year, bool? Participated, string? ContestName) : IRequest<MentorshipContestDto>;

internal sealed class SetMentorshipContestHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<SetMentorshipContestCommand, MentorshipContestDto>
{
    public async Task<MentorshipContestDto> Handle(SetMentorshipContestCommand request, CancellationToken cancellationToken)
    {
        var (organizationId, year) = (request.OrganizationId!.Value, request.Year!.Value);
        await CriteriaReads.EnsureOrganizationVisibleAsync(db, organizationId, cancellationToken);
        var report = await db.MentorshipContestReports.SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.Year == year, cancellationToken);
        if (report is null)
        {
            report = new MentorshipContestReport(organizationId, year);
            db.MentorshipContestReports.Add(report);
        }

        report.Record(request.Participated!.Value, request.ContestName, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new MentorshipContestDto(report.OrganizationId, report.Year, report.Participated, report.ContestName, report.RecordedAt);
    }
}
