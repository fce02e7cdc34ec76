using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria.Queries.ListLearningDynamics;

/// <summary>The dynamics reported for mentee teachers within the caller's scope (criterion 7).</summary>
/// <param name="OrganizationId">Only this organisation's.</param>
/// <param name="Year">Only this year's.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ListLearningDynamicsQuery(Guid? OrganizationId = null, int? Year = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<LearningDynamicsDto>>, IPagedRequest;

internal sealed class ListLearningDynamicsHandler(IApplicationDbContext db) : IRequestHandler<ListLearningDynamicsQuery, PagedList<LearningDynamicsDto>>
{
    public Task<PagedList<LearningDynamicsDto>> Handle(ListLearningDynamicsQuery request, CancellationToken cancellationToken)
    {
        var query = db.LearningDynamicsReports.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(r => r.OrganizationId == organizationId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(r => r.Year == year);
        }

        return query.OrderByDescending(r => r.Year).ThenBy(r => r.OrganizationId).ThenBy(r => r.PersonId)
            .Select(r => new LearningDynamicsDto(r.Id, r.OrganizationId, r.Year, r.PersonId, r.Dynamics, r.PeriodFrom, r.PeriodTo, r.RecordedAt))
            .ToPagedListAsync(PageRequest.From(request), cancellationToken);
    }
}
