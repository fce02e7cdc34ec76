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
}
