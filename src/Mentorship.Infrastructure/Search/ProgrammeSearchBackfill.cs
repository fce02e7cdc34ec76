using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Infrastructure.Search;

/// <summary>
/// Stems the search text of programmes saved before the column existed (the migration adds it empty), after the
/// migrations are applied. Written column by column, not through the change tracker, so that no programme's version or
/// modification time moves; the full-text indexes follow the column (SQLite triggers, PostgreSQL's generated column).
/// These writes bypass SaveChanges and so <see cref="PublicCacheEviction"/>: the server's cache of public responses
/// (when the caller has one) is evicted here after each batch commits, as what the search finds changed.
/// </summary>
public static class ProgrammeSearchBackfill
{
    private const int BatchSize = 1_000;

    public static async Task<int> RunAsync(DbContext db, IOutputCacheStore? publicCache, CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var batch = await (from p in db.Set<Programme>().IgnoreQueryFilters()
                               join o in db.Set<Organization>().IgnoreQueryFilters() on p.OrganizationId equals o.Id
                               where EF.Property<string>(p, ProgrammeSearchText.Column) == string.Empty && p.SearchWords != string.Empty
                               orderby p.Id
                               select new { p.Id, p.SearchWords, o.Name })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return done;
            }

            // A batch is one transaction, retried whole by the provider's execution strategy.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var row in batch)
                {
                    var stems = ProgrammeSearchText.Of(row.SearchWords, row.Name);
                    await db.Set<Programme>().IgnoreQueryFilters().Where(p => p.Id == row.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<string>(p, ProgrammeSearchText.Column), stems), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            });
            if (publicCache is not null)
            {
                await publicCache.EvictByTagAsync(PublicCacheEviction.Tag, cancellationToken);
            }

            done += batch.Count;
        }
    }
}
