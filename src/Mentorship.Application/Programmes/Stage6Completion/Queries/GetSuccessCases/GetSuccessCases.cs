using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="IsPublished">Only published (true) or only unpublished (false) cases.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSuccessCasesQuery(Guid ProgrammeId, bool? IsPublished = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<SuccessCaseDto>>, IPagedRequest;

internal sealed class GetSuccessCasesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSuccessCasesQuery, PagedList<SuccessCaseDto>>
{
    public async Task<PagedList<SuccessCaseDto>> Handle(GetSuccessCasesQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.SuccessCases.AsNoTracking().Where(c => c.ProgrammeId == request.ProgrammeId);
        if (request.IsPublished is { } published)
        {
            query = query.Where(c => c.IsPublished == published);
        }

        return await query.OrderBy(c => c.Created).ThenBy(c => c.Id)
            .ProjectToPagedListAsync<SuccessCaseDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
