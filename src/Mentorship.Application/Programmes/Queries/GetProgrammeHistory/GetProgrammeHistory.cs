using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeHistory;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetProgrammeHistoryQuery(Guid ProgrammeId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<StageTransitionDto>>, IPagedRequest;

internal sealed class GetProgrammeHistoryHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammeHistoryQuery, PagedList<StageTransitionDto>>
{
    public async Task<PagedList<StageTransitionDto>> Handle(GetProgrammeHistoryQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.StageTransitions.AsNoTracking().Where(t => t.ProgrammeId == request.ProgrammeId).OrderBy(t => t.At).ThenBy(t => t.Id)
            .ProjectToPagedListAsync<StageTransitionDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
