using Mentorship.Domain.Common;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// New rows written many at once, past the change tracker, in the transaction open on the request's context: a
/// recompute's first run adds tens of thousands of snapshots, and EF's per-entity save pipeline cost more than the
/// database's own work on them. The rows must be new, raise no domain events and carry no audit fields: nothing the
/// save interceptors would do is left undone but the public cache's eviction, which the writer does itself.
/// </summary>
public interface IBulkInserts
{
    /// <summary>
    /// Inserts <paramref name="rows"/> (PostgreSQL: binary COPY; SQLite: one prepared INSERT; other providers: added to
    /// the context, written by its next save). They are in the database, at the latest, when the next
    /// <see cref="IApplicationDbContext.SaveChangesAsync"/> returns, and roll back with the transaction. A row whose key
    /// a unique index already holds fails the whole insert as a conflict.
    /// </summary>
    Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : BaseEntity;
}
