using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetAwardsQuery(Guid ProgrammeId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<AwardDto>>, IPagedRequest;

internal sealed class GetAwardsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetAwardsQuery, PagedList<AwardDto>>
{
    public async Task<PagedList<AwardDto>> Handle(GetAwardsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.Awards.AsNoTracking().Where(a => a.ProgrammeId == request.ProgrammeId).OrderBy(a => a.AwardedAt).ThenBy(a => a.Id)
            .ProjectToPagedListAsync<AwardDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
