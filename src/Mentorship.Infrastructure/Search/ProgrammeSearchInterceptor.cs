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

        var stale = context.ChangeTracker.Entries<Programme>().Where(e => NeedsStamp(e, renamed)).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var names = await OrganizationNamesAsync(context, stale.Select(e => e.Entity.OrganizationId).ToHashSet(), cancellationToken);
        foreach (var entry in stale)
        {
            var stems = ProgrammeSearchText.Of(entry.Entity.SearchWords, names.GetValueOrDefault(entry.Entity.OrganizationId));
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

    /// <summary>The names of the organisations, as tracked (a rename not saved yet included), the others read in one query.</summary>
    private static async Task<Dictionary<Guid, string>> OrganizationNamesAsync(DbContext context, HashSet<Guid> ids, CancellationToken cancellationToken)
    {
        var names = context.ChangeTracker.Entries<Organization>()
            .Where(o => ids.Contains(o.Entity.Id))
            .ToDictionary(o => o.Entity.Id, o => o.Entity.Name);
        var missing = ids.Where(id => !names.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var read = await context.Set<Organization>().IgnoreQueryFilters().Where(o => missing.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            read.ForEach(o => names[o.Id] = o.Name);
        }

        return names;
    }
}
