using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Regions.Queries.GetRegions;

/// <param name="Search">Part of the name, or the exact code.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize]
public sealed record GetRegionsQuery(string? Search = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<RegionDto>>, IPagedRequest;

internal sealed class GetRegionsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRegionsQuery, PagedList<RegionDto>>
{
    public Task<PagedList<RegionDto>> Handle(GetRegionsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Regions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(r => r.Code == search || r.Name.Contains(search));
        }

        return query.OrderBy(r => r.Code).ProjectToPagedListAsync<RegionDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
