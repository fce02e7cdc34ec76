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
            Stamp(context);
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

    /// <summary>The same work as <see cref="StampAsync"/> for a synchronous save, with synchronous reads.</summary>
    private static void Stamp(DbContext context)
    {
        var renamed = Renamed(context);
        if (renamed.Count > 0)
        {
            ProgrammesOf(context, renamed).Load();
        }

        var stale = Stale(context, renamed);
        if (stale.Count == 0)
        {
            return;
        }

        var (names, missing) = TrackedNames(context, stale);
        if (missing.Count > 0)
        {
            NamesOf(context, missing).ToList().ForEach(o => names[o.Id] = o.Name);
        }

        Apply(stale, names);
    }

    private static async Task StampAsync(DbContext context, CancellationToken cancellationToken)
    {
        var renamed = Renamed(context);
        if (renamed.Count > 0)
        {
            // Loaded into the tracker, so that the programmes are restamped below with the new name.
            await ProgrammesOf(context, renamed).LoadAsync(cancellationToken);
        }

        var stale = Stale(context, renamed);
        if (stale.Count == 0)
        {
            return;
        }

        var (names, missing) = TrackedNames(context, stale);
        if (missing.Count > 0)
        {
            (await NamesOf(context, missing).ToListAsync(cancellationToken)).ForEach(o => names[o.Id] = o.Name);
        }

        Apply(stale, names);
    }

    private static List<Guid> Renamed(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        return context.ChangeTracker.Entries<Organization>()
            .Where(e => e.State == EntityState.Modified && e.Property(o => o.Name).IsModified)
            .Select(e => e.Entity.Id)
            .ToList();
    }

    private static IQueryable<Programme> ProgrammesOf(DbContext context, List<Guid> organizations) =>
        context.Set<Programme>().IgnoreQueryFilters().Where(p => organizations.Contains(p.OrganizationId));

    private static List<EntityEntry<Programme>> Stale(DbContext context, List<Guid> renamed) =>
        context.ChangeTracker.Entries<Programme>().Where(e => NeedsStamp(e, renamed)).ToList();

    /// <summary>The names of the stale programmes' organisations as tracked (a rename not saved yet included), and the ids still to read.</summary>
    private static (Dictionary<Guid, string> Names, List<Guid> Missing) TrackedNames(DbContext context, List<EntityEntry<Programme>> stale)
    {
        var ids = stale.Select(e => e.Entity.OrganizationId).ToHashSet();
        var names = context.ChangeTracker.Entries<Organization>()
            .Where(o => ids.Contains(o.Entity.Id))
            .ToDictionary(o => o.Entity.Id, o => o.Entity.Name);
        return (names, ids.Where(id => !names.ContainsKey(id)).ToList());
    }

    private static IQueryable<OrganizationName> NamesOf(DbContext context, List<Guid> ids) =>
        context.Set<Organization>().IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).Select(o => new OrganizationName(o.Id, o.Name));

    private static void Apply(List<EntityEntry<Programme>> stale, Dictionary<Guid, string> names)
    {
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

    private sealed record OrganizationName(Guid Id, string Name);
}
