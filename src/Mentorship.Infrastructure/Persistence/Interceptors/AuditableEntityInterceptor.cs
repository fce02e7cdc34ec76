using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Stamps who and when on every added or changed aggregate and bumps its version. The version's original
/// value stays in the UPDATE's WHERE clause, so a concurrent writer loses with a concurrency exception on any
/// provider.
/// </summary>
public sealed class AuditableEntityInterceptor(ICurrentUser currentUser, TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<AuditableEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Created = now;
                entry.Entity.CreatedBy = currentUser.Id;
                entry.Entity.LastModified = now;
                entry.Entity.LastModifiedBy = currentUser.Id;
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified || HasChangedOwnedEntities(entry))
            {
                if (entry.State != EntityState.Modified)
                {
                    entry.State = EntityState.Modified;
                }

                entry.Entity.LastModified = now;
                entry.Entity.LastModifiedBy = currentUser.Id;
                entry.Property(e => e.Version).CurrentValue = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }

    private static bool HasChangedOwnedEntities(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.References.Any(r => r.TargetEntry is not null
                                  && r.TargetEntry.Metadata.IsOwned()
                                  && r.TargetEntry.State is EntityState.Added or EntityState.Modified);
}
