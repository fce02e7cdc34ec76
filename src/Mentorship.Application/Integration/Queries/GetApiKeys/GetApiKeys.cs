using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Queries.GetApiKeys;

/// <param name="ClientId">Only the keys of this client.</param>
/// <param name="IncludeRevoked">Also list revoked keys.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.Administrator)]
public sealed record GetApiKeysQuery(string? ClientId = null, bool IncludeRevoked = false, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<ApiKeyDto>>, IPagedRequest;

internal sealed class GetApiKeysHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetApiKeysQuery, PagedList<ApiKeyDto>>
{
    public Task<PagedList<ApiKeyDto>> Handle(GetApiKeysQuery request, CancellationToken cancellationToken)
    {
        var query = db.ApiKeys.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.ClientId))
        {
            query = query.Where(k => k.ClientId == request.ClientId);
        }

        if (!request.IncludeRevoked)
        {
            query = query.Where(k => k.RevokedAt == null);
        }

        return query.OrderBy(k => k.ClientId).ThenBy(k => k.Name).ThenBy(k => k.Id)
            .ProjectToPagedListAsync<ApiKeyDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
