using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities.Queries.GetMunicipalities;

/// <param name="RegionId">Only the municipalities of this region.</param>
/// <param name="Search">Part of the name, or an OKTMO code prefix.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize]
public sealed record GetMunicipalitiesQuery(Guid? RegionId = null, string? Search = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MunicipalityDto>>, IPagedRequest;

internal sealed class GetMunicipalitiesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMunicipalitiesQuery, PagedList<MunicipalityDto>>
{
    public Task<PagedList<MunicipalityDto>> Handle(GetMunicipalitiesQuery request, CancellationToken cancellationToken)
    {
        var query = db.Municipalities.AsNoTracking();
        if (request.RegionId is { } regionId)
        {
            query = query.Where(m => m.RegionId == regionId);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(m => m.Oktmo.StartsWith(search) || m.Name.Contains(search));
        }

        return query.OrderBy(m => m.Name).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MunicipalityDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
