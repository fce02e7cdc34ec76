using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;

/// <param name="GroupId">The pair or group.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetIntermediateResultsQuery(Guid GroupId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<IntermediateResultDto>>, IPagedRequest;

internal sealed class GetIntermediateResultsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetIntermediateResultsQuery, PagedList<IntermediateResultDto>>
{
    public async Task<PagedList<IntermediateResultDto>> Handle(GetIntermediateResultsQuery request, CancellationToken cancellationToken)
    {
        await GroupReads.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        return await db.IntermediateResults.AsNoTracking().Where(r => r.GroupId == request.GroupId).OrderBy(r => r.RecordedOn).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<IntermediateResultDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
