using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>Whether this context's queries stream their rows (exports) rather than being buffered for retries.</summary>
public abstract partial class ApplicationDbContext : IStreamingReads
{
    public bool StreamsResults { get; private set; }

    /// <summary>
    /// EF decides whether its queries buffer from the execution strategy once per context, when the context's query
    /// services are first built (by its first query); they are built here if they were not, with the strategy no longer
    /// retrying. A context that has already queried would still buffer: that is refused, so it shows in any test
    /// rather than as an export holding every row (as one did after checking the region's scope first).
    /// </summary>
    public void StreamResults()
    {
        StreamsResults = true;
        if (this.GetService<CompiledQueryCacheKeyGeneratorDependencies>().IsRetryingExecutionStrategy
            || this.GetService<QueryCompilationContextDependencies>().IsRetryingExecutionStrategy)
        {
            throw new InvalidOperationException("Results can be streamed only from a context that has not queried yet: call StreamResults before its first query.");
        }
    }

    /// <summary>
    /// The command EF would send for the query (<c>CreateDbCommand</c>: its SQL, parameters and timeout, on this
    /// context's connection), run once — a streaming context's execution strategy does not retry either — and read
    /// column after column (<see cref="CommandBehavior.SequentialAccess"/>: a row is not held whole by the provider).
    /// </summary>
    public async IAsyncEnumerable<T> ReadRows<T>(IQueryable query, Func<DbDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = query.CreateDbCommand();
        var opened = Database.GetDbConnection().State != ConnectionState.Open;
        if (opened)
        {
            // Through EF, so that its connection interceptors (SQLite's PRAGMAs) run as for any query.
            await Database.OpenConnectionAsync(cancellationToken);
            if (Database.IsSqlite())
            {
                // A read of a whole region sorts all its rows once: with the connection's in-memory temporary storage
                // and memory-mapped file (good for the recompute's repeated scans) a million-row export held the sort
                // and the mapped file in memory (736 MB). On this connection until it closes — the next open sets the
                // configured PRAGMAs again — the sort spills to a temporary file and pages go through a small cache:
                // SQLite's sorter keeps as much in memory as the page cache may hold before it spills, so the 64 MiB
                // cache of the other queries cost the export twice that (a process at 290 MB). 8 MiB (sqlite3 on the
                // export's SELECT of a million rows: 21 MB resident instead of 138 MB) costs no more CPU time than 64 MiB;
                // below it the sort merges more runs and re-reads pages from the OS (2 MiB: 1.4 times the CPU time).
                await using var pragmas = Database.GetDbConnection().CreateCommand();
                pragmas.CommandText = "PRAGMA temp_store=FILE; PRAGMA mmap_size=0; PRAGMA cache_size=-8192;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        try
        {
            command.Transaction = Database.CurrentTransaction is { } transaction ? Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction) : null;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return read(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await Database.CloseConnectionAsync();
            }
        }
    }
}
