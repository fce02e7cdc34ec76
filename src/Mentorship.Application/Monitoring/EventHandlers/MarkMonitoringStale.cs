using MediatR;
using Mentorship.Application.Common.Events;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.EventHandlers;

/// <summary>
/// A pair or group confirmed or closed moves the coverage of the organisations it touches: the one that runs the
/// programme and those its members belong to (a person counts where they study or work). Their monitoring of each year
/// the change moves is marked stale until the next recompute of their region.
/// </summary>
internal sealed class MarkMonitoringStale(IApplicationDbContext db, TimeProvider time)
    : INotificationHandler<DomainEventNotification<GroupConfirmed>>, INotificationHandler<DomainEventNotification<GroupClosed>>
{
    public Task Handle(DomainEventNotification<GroupConfirmed> notification, CancellationToken cancellationToken) =>
        MarkAsync(notification.Event.GroupId, notification.Event.ProgrammeId, notification.Event.StartedAt, MonitoringChange.GroupConfirmed, cancellationToken);

    public Task Handle(DomainEventNotification<GroupClosed> notification, CancellationToken cancellationToken) =>
        MarkAsync(notification.Event.GroupId, notification.Event.ProgrammeId, notification.Event.EndedAt, MonitoringChange.GroupClosed, cancellationToken);

    private async Task MarkAsync(Guid groupId, Guid programmeId, DateOnly date, string cause, CancellationToken cancellationToken)
    {
        // The caller's scope does not bound what a change touches: a network programme reaches other organisations.
        var runner = db.Programmes.IgnoreQueryFilters().Where(p => p.Id == programmeId).Select(p => p.OrganizationId);
        var members = from member in db.GroupMembers
                      join person in db.People.IgnoreQueryFilters() on member.PersonId equals person.Id
                      where member.GroupId == groupId
                      select person.OrganizationId;
        var organizations = await db.Organizations.IgnoreQueryFilters()
            .Where(o => runner.Contains(o.Id) || members.Contains(o.Id))
            .Select(o => new { o.Id, o.MunicipalityId, o.RegionId })
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        foreach (var organization in organizations)
        {
            foreach (var year in MonitoringChange.YearsAffected(date, now))
            {
                db.MonitoringChanges.Add(new MonitoringChange(organization.Id, organization.MunicipalityId, organization.RegionId, year, cause, groupId, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
