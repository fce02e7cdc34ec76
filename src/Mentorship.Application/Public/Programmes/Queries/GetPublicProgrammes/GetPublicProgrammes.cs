using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

/// <summary>
/// Order of the public programme list: Title — by title, then by id; Newest — the most recently published first, then
/// by id.
/// </summary>
public enum PublicProgrammeSort
{
    /// <summary>By title, then by id.</summary>
    Title = 1,

    /// <summary>The most recently published first, then by id.</summary>
    Newest,
}

/// <param name="Search">Words of the title, description or organisation name, in any grammatical form ("успехи" finds "успеху"), or the start of one (case-insensitive, ё = е).</param>
/// <param name="RegionId">Only programmes of organisations of this region.</param>
/// <param name="MunicipalityId">Only programmes of organisations of this municipality.</param>
/// <param name="OrganizationKind">Only programmes of organisations of this kind.</param>
/// <param name="Form">Only programmes using this mentoring form.</param>
/// <param name="Format">Only programmes using this mentoring format.</param>
/// <param name="AcademicYear">Only programmes that run in this academic year, such as "2024/2025".</param>
/// <param name="Sort">Title (default) or Newest; ties are broken by id, so pages are stable.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicProgrammesQuery(
    string? Search = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? OrganizationKind = null,
    MentoringForm? Form = null,
    MentoringFormat? Format = null,
    AcademicYear? AcademicYear = null,
    PublicProgrammeSort? Sort = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PublicProgrammePage>, IPagedRequest;

internal sealed class GetPublicProgrammesHandler(IApplicationDbContext db, IProgrammeSearch search, IMapper mapper, IOptions<PublicOptions> options)
    : IRequestHandler<GetPublicProgrammesQuery, PublicProgrammePage>
{
    public async Task<PublicProgrammePage> Handle(GetPublicProgrammesQuery request, CancellationToken cancellationToken)
    {
        var query = db.PublishedProgrammes();
        if (request.RegionId is { } regionId)
        {
            query = query.Where(p => p.Organization!.Municipality!.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(p => p.Organization!.MunicipalityId == municipalityId);
        }

        if (request.OrganizationKind is { } kind)
        {
            query = query.Where(p => p.Organization!.Kind == kind);
        }

        if (request.Form is { } form)
        {
            query = query.Where(p => p.Forms.Any(f => f.Form == form));
        }

        if (request.Format is { } format)
        {
            query = query.Where(p => p.Formats.Any(f => f.Format == format));
        }

        if (request.AcademicYear is { } year)
        {
            query = query.Where(PublicScope.RunsIn(year));
        }

        if (search.Matching(request.Search) is { } matching)
        {
            query = query.Where(matching);
        }

        var ordered = request.Sort == PublicProgrammeSort.Newest
            ? query.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
            : query.OrderBy(p => p.Title).ThenBy(p => p.Id);

        // The page is a walk of the sort key's index that stops at its last row (no count of every match over it);
        // the total is counted apart, exactly up to a limit: a broad search costs a page, not all its matches.
        var paging = PageRequest.From(request);
        var offset = (paging.Page - 1) * paging.PageSize;
        var ids = await ordered.Select(p => p.Id).Skip(offset).Take(paging.PageSize).ToListAsync(cancellationToken);
        var (totalCount, exact) = ids.Count > 0 && ids.Count < paging.PageSize
            ? (offset + ids.Count, true)
            : await CountAsync(query, (long)offset + paging.PageSize, cancellationToken);
        var cards = await db.PublishedProgrammes().Where(p => ids.Contains(p.Id))
            .ProjectTo<PublicProgrammeSummaryDto>(mapper.ConfigurationProvider)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return new PublicProgrammePage(ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList(), paging.Page, paging.PageSize, totalCount, exact);
    }

    /// <summary>
    /// The matches counted up to the configured limit, and always one past the end of the page asked for, so that a
    /// next page is known to exist; the count is exact when fewer than that match.
    /// </summary>
    private async Task<(int Count, bool Exact)> CountAsync(IQueryable<Programme> matches, long pageEnd, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(int.MaxValue, Math.Max(Math.Max(1, options.Value.SearchCountLimit), pageEnd + 1));
        var counted = await matches.Take(limit).CountAsync(cancellationToken);
        return (counted, counted < limit);
    }
}
