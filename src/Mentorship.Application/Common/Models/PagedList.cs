using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Common.Models;

/// <summary>A page of a list with the total count of matching items.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page asked for, 1–200.</param>
/// <param name="TotalCount">Items matching the filters over all pages.</param>
public record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>Number of pages (0 when nothing matches).</summary>
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    /// <summary>A page follows this one.</summary>
    public bool HasNextPage => Page < TotalPages;

    /// <summary>A page precedes this one.</summary>
    public bool HasPreviousPage => Page > 1;
}

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page in the database; the source must already be ordered stably.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, PageRequest paging, CancellationToken cancellationToken)
    {
        var count = await source.CountAsync(cancellationToken);
        var items = await source.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, paging.Page, paging.PageSize, count);
    }

    public static Task<PagedList<TDto>> ProjectToPagedListAsync<TDto>(
        this IQueryable source, IConfigurationProvider configuration, PageRequest paging, CancellationToken cancellationToken) =>
        source.ProjectTo<TDto>(configuration).ToPagedListAsync(paging, cancellationToken);
}

/// <summary>Paging parameters of every list: page from 1 (to <see cref="PageRequest.MaxPage"/>), page size 1–200 (20 by default).</summary>
public interface IPagedRequest
{
    int Page { get; }

    int PageSize { get; }
}

public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    /// <summary>The last page whose first row's offset, (page − 1) × page size, an int still holds at any page size.</summary>
    public const int MaxPage = (int.MaxValue / MaxPageSize) + 1;

    public static PageRequest From(IPagedRequest request) => new(request.Page, request.PageSize);
}
