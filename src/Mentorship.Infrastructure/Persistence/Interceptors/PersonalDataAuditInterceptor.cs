using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Logs every change of personal data — people, their consents, external ids, employment and activity records —
/// in the same save as the change itself, so there is no change without its audit entry and no entry without its change.
/// </summary>
public sealed class PersonalDataAuditInterceptor(ICurrentUser currentUser, TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Audit(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = timeProvider.GetUtcNow();
        var entries = context.ChangeTracker.Entries<BaseEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, PersonId: PersonOf(e.Entity)))
            .Where(e => e.PersonId is not null)
            .ToList();
        foreach (var (entry, personId) in entries)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Deleted => AuditAction.Delete,
                _ => entry.Entity is Person { IsAnonymised: true } && entry.Property(nameof(Person.IsAnonymised)).IsModified ? AuditAction.Delete : AuditAction.Update,
            };
            var changed = entry.State == EntityState.Modified
                ? string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                : null;
            context.Add(new AuditEntry(now, currentUser.IsSystem ? "system" : currentUser.Id, currentUser.ClientId, currentUser.RemoteAddress,
                action, entry.Metadata.ClrType.Name, entry.Entity.Id, personId, changed));
        }
    }

    private static Guid? PersonOf(BaseEntity entity) => entity switch
    {
        Person person => person.Id,
        Consent consent => consent.PersonId,
        PersonExternalId link => link.PersonId,
        Employment employment => employment.PersonId,
        ContestParticipation contest => contest.PersonId,
        Publication publication => publication.PersonId,
        Training training => training.PersonId,
        PersonAffiliation affiliation => affiliation.PersonId,
        Domain.Programmes.MunicipalMentor entry => entry.PersonId,
        _ => null,
    };
}
