using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Common.Models;

/// <summary>
/// Paging in one scan: the page's keys and the total count come from the same query, the count as the window
/// function <c>COUNT(*) OVER ()</c> (mapped by the DbContext), computed over every matching row before LIMIT/OFFSET.
/// </summary>
public static class WindowPaging
{
    /// <summary>The number of rows the query matches, before paging; only inside a query (<c>COUNT(*) OVER ()</c>).</summary>
    public static long TotalCount() => throw new InvalidOperationException("WindowPaging.TotalCount() is translated to SQL; it cannot run in memory.");

    /// <summary>The keys of one page of a stably ordered query, and the count of all its rows.</summary>
    public static async Task<(List<TKey> Keys, int TotalCount)> PageOfKeysAsync<TKey>(this IQueryable<TKey> orderedKeys, PageRequest paging, CancellationToken cancellationToken)
    {
        var rows = await orderedKeys.Select(key => new { Key = key, Total = TotalCount() })
            .Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            return (rows.ConvertAll(r => r.Key), (int)rows[0].Total);
        }

        // No row on this page: nothing matches at all, or the page lies past the end and only a count can tell the total.
        return ([], paging.Page == 1 ? 0 : await orderedKeys.CountAsync(cancellationToken));
    }
}
