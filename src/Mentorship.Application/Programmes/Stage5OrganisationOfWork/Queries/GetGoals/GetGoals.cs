using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;

/// <param name="GroupId">The pair or group.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGoalsQuery(Guid GroupId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<GoalDto>>, IPagedRequest;

internal sealed class GetGoalsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGoalsQuery, PagedList<GoalDto>>
{
    public async Task<PagedList<GoalDto>> Handle(GetGoalsQuery request, CancellationToken cancellationToken)
    {
        await GroupReads.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        return await db.Goals.AsNoTracking().Where(g => g.GroupId == request.GroupId).OrderBy(g => g.Created).ThenBy(g => g.Id)
            .ProjectToPagedListAsync<GoalDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
