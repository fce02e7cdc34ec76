using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

/// <summary>
/// A page of the public programme search. Its total is counted exactly up to a limit (<c>Public:SearchCountLimit</c>,
/// 1 000 by default, and always one item past the page asked for): a search that matches more says so with
/// <c>totalCountExact: false</c>, and <c>totalCount</c> is then how many were counted — at least that many match
/// (show it as "1000+"); <c>hasNextPage</c> stays right either way.
/// </summary>
/// <param name="TotalCountExact">False when more programmes match than were counted: <c>totalCount</c> is then a lower bound.</param>
public sealed record PublicProgrammePage(IReadOnlyList<PublicProgrammeSummaryDto> Items, int Page, int PageSize, int TotalCount, bool TotalCountExact)
    : PagedList<PublicProgrammeSummaryDto>(Items, Page, PageSize, TotalCount);
