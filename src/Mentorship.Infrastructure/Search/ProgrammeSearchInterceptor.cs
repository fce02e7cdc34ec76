using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Infrastructure.Search;

/// <summary>
/// Keeps each programme's stemmed search text (<see cref="ProgrammeSearchText.Column"/>: its title, description and
/// organisation's name) in step with what it is made of, before every save: a programme added or retitled, moved to
/// another organisation, or an organisation renamed. The full-text indexes of each database are built from that column
/// (SQLite: FTS5 table kept by triggers; PostgreSQL: a generated tsvector column).
/// </summary>
public sealed class ProgrammeSearchInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            StampAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await StampAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static async Task StampAsync(DbContext context, CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();
        var renamed = context.ChangeTracker.Entries<Organization>()
            .Where(e => e.State == EntityState.Modified && e.Property(o => o.Name).IsModified)
            .Select(e => e.Entity.Id)
            .ToList();
        if (renamed.Count > 0)
        {
            // Loaded into the tracker, so that the loop below restamps them with the new name.
            await context.Set<Programme>().IgnoreQueryFilters().Where(p => renamed.Contains(p.OrganizationId)).LoadAsync(cancellationToken);
        }

        foreach (var entry in context.ChangeTracker.Entries<Programme>().Where(e => NeedsStamp(e, renamed)).ToList())
        {
            var organizationName = await OrganizationNameAsync(context, entry, cancellationToken);
            var stems = ProgrammeSearchText.Of(entry.Entity.SearchWords, organizationName);
            var property = entry.Property<string>(ProgrammeSearchText.Column);
            if (property.CurrentValue != stems)
            {
                property.CurrentValue = stems;
            }
        }
    }

    private static bool NeedsStamp(EntityEntry<Programme> entry, List<Guid> renamed) => entry.State switch
    {
        EntityState.Added => true,
        EntityState.Modified or EntityState.Unchanged => entry.Property(p => p.SearchWords).IsModified
                                                        || entry.Property(p => p.OrganizationId).IsModified
                                                        || renamed.Contains(entry.Entity.OrganizationId),
        _ => false,
    };

    private static async Task<string?> OrganizationNameAsync(DbContext context, EntityEntry<Programme> entry, CancellationToken cancellationToken)
    {
        var organizationId = entry.Entity.OrganizationId;
        var tracked = entry.Entity.Organization ?? context.ChangeTracker.Entries<Organization>().FirstOrDefault(o => o.Entity.Id == organizationId)?.Entity;
        if (tracked is not null)
        {
            return tracked.Name;
        }

        return await context.Set<Organization>().IgnoreQueryFilters().Where(o => o.Id == organizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
    }
}
