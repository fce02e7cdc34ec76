using Mentorship.Application.Common.Localization;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Events;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.EventHandlers;

/// <summary>
/// A person who may no longer take part leaves every active pair and group, with the reason: the last active consent
/// revoked ("consent revoked"), or the person erased. Groups of any organisation count (network programmes).
/// </summary>
internal sealed class EndParticipations(IApplicationDbContext db)
    : INotificationHandler<DomainEventNotification<ConsentRevoked>>, INotificationHandler<DomainEventNotification<PersonErased>>
{
    public Task Handle(DomainEventNotification<ConsentRevoked> notification, CancellationToken cancellationToken) =>
        notification.Event.ConsentRemains
            ? Task.CompletedTask
            : EndActiveAsync(notification.Event.PersonId, notification.Event.OccurredAt, MentoringGroup.ConsentRevokedReason, cancellationToken);

    public Task Handle(DomainEventNotification<PersonErased> notification, CancellationToken cancellationToken) =>
        EndActiveAsync(notification.Event.PersonId, notification.Event.OccurredAt, Catalogue.Text("reason.personal_data_erased"), cancellationToken);

    private async Task EndActiveAsync(Guid personId, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        var on = DateOnly.FromDateTime(at.UtcDateTime);
        var groups = await db.MentoringGroups.IgnoreQueryFilters()
            .Include(g => g.Members)
            .Where(g => g.Status == GroupStatus.Active && g.Members.Any(m => m.PersonId == personId && m.LeftAt == null))
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            group.RemoveMember(personId, on, reason);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
