using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;

/// <param name="RegionId">Only the organisations of this region.</param>
/// <param name="MunicipalityId">Only the organisations of this municipality.</param>
/// <param name="Kind">Only organisations of this kind.</param>
/// <param name="Search">Words of the name or short name (case-insensitive, ё = е), or an exact INN.</param>
/// <param name="IncludeArchived">Also list archived organisations.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize]
public sealed record GetOrganizationsQuery(
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? Kind = null,
    string? Search = null,
    bool IncludeArchived = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<OrganizationDto>>, IPagedRequest;

internal sealed class GetOrganizationsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetOrganizationsQuery, PagedList<OrganizationDto>>
{
    public Task<PagedList<OrganizationDto>> Handle(GetOrganizationsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking();
        if (!request.IncludeArchived)
        {
            query = query.Where(o => !o.IsArchived);
        }

        if (request.RegionId is { } regionId)
        {
            query = query.Where(o => o.Municipality!.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(o => o.MunicipalityId == municipalityId);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var raw = request.Search.Trim();
            var words = SearchText.Normalize(raw).Split(' ');
            var byName = query;
            foreach (var word in words)
            {
                byName = byName.Where(o => o.NameNormalized.Contains(word));
            }

            query = Inn.IsValid(raw) ? query.Where(o => o.Inn == raw) : byName;
        }

        return query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ProjectToPagedListAsync<OrganizationDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
