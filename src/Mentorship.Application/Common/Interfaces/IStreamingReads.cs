using System.Data.Common;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// Reads of the request's database context that stream instead of being buffered. A retrying execution strategy
/// (PostgreSQL, SQL Server) makes EF read a whole result into memory before the first row, so that it could retry it;
/// an export of a million rows would hold them all. After <see cref="StreamResults"/>, opening a query is still retried
/// (a failure before the first row can still become a 503), but its rows are read one at a time: a failure after the
/// first byte of the response aborts the response instead.
/// </summary>
public interface IStreamingReads
{
    /// <summary>From now on, this context's queries stream their rows. Call it before the context's first query.</summary>
    void StreamResults();

    /// <summary>Whether this context's queries stream their rows.</summary>
    bool StreamsResults { get; }

    /// <summary>
    /// The rows of a query of this context read straight from the provider's data reader: EF generates the SQL and its
    /// parameters (the query's joins, filters and order, as it would run it), and <paramref name="read"/> makes each row
    /// from the reader positioned on it, by ordinal in the order of the query's projection — no materialisation by EF.
    /// Like the context's own queries, it runs on the context's connection (opened for the read if it was closed) and its
    /// rows are read one at a time, as they are enumerated.
    /// </summary>
    IAsyncEnumerable<T> ReadRows<T>(IQueryable query, Func<DbDataReader, T> read, CancellationToken cancellationToken = default);
}
