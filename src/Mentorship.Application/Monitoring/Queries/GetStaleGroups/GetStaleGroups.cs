using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries.GetStaleGroups;

/// <summary>Active pairs and groups with no meeting for the configured number of days, as the daily job flagged them.</summary>
/// <param name="OrganizationId">Only the pairs and groups of programmes of this organisation.</param>
/// <param name="ProgrammeId">Only the pairs and groups of this programme.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetStaleGroupsQuery(Guid? OrganizationId = null, Guid? ProgrammeId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<StaleGroupDto>>, IPagedRequest;

internal sealed class GetStaleGroupsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetStaleGroupsQuery, PagedList<StaleGroupDto>>
{
    public Task<PagedList<StaleGroupDto>> Handle(GetStaleGroupsQuery request, CancellationToken cancellationToken)
    {
        var query = db.StaleGroups.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(s => s.OrganizationId == organizationId);
        }

        if (request.ProgrammeId is { } programmeId)
        {
            query = query.Where(s => s.ProgrammeId == programmeId);
        }

        return query.OrderByDescending(s => s.DaysWithoutMeeting).ThenBy(s => s.GroupId)
            .ProjectToPagedListAsync<StaleGroupDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
