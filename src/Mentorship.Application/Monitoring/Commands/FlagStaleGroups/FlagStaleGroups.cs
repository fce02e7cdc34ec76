using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.FlagStaleGroups;

/// <summary>
/// The daily job's work: flags every active pair or group with no meeting logged for <see cref="Days"/> days (and
/// started at least that long ago), and drops the flags of those that met since. Returns how many are flagged.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record FlagStaleGroupsCommand(int Days = StaleGroup.DefaultDays) : IRequest<int>;

internal sealed class FlagStaleGroupsHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<FlagStaleGroupsCommand, int>
{
    public async Task<int> Handle(FlagStaleGroupsCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var threshold = today.AddDays(-request.Days);

        // A meeting on a day after the threshold (UTC) keeps the group fresh.
        var freshFrom = new DateTimeOffset(threshold.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var stale = await (from g in db.MentoringGroups.IgnoreQueryFilters()
                           join p in db.Programmes.IgnoreQueryFilters() on g.ProgrammeId equals p.Id
                           where g.Status == GroupStatus.Active && g.StartedAt <= threshold
                                 && !db.Meetings.Any(m => m.GroupId == g.Id && m.At >= freshFrom)
                           select new
                           {
                               g.Id,
                               g.ProgrammeId,
                               p.OrganizationId,
                               g.StartedAt,
                               LastMeetingAt = db.Meetings.Where(m => m.GroupId == g.Id).OrderByDescending(m => m.At).Select(m => (DateTimeOffset?)m.At).FirstOrDefault(),
                           })
            .ToListAsync(cancellationToken);

        var flags = await db.StaleGroups.IgnoreQueryFilters().ToDictionaryAsync(s => s.GroupId, cancellationToken);
        foreach (var group in stale)
        {
            if (flags.Remove(group.Id, out var flag))
            {
                db.StaleGroups.Remove(flag);
            }

            db.StaleGroups.Add(new StaleGroup(group.Id, group.ProgrammeId, group.OrganizationId, group.StartedAt, group.LastMeetingAt, today, now));
        }

        db.StaleGroups.RemoveRange(flags.Values);
        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }
}
