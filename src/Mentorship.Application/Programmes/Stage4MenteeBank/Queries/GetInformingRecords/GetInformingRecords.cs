using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="MenteeId">Only the informing of this mentee.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetInformingRecordsQuery(Guid ProgrammeId, Guid? MenteeId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<InformingRecordDto>>, IPagedRequest;

internal sealed class GetInformingRecordsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetInformingRecordsQuery, PagedList<InformingRecordDto>>
{
    public async Task<PagedList<InformingRecordDto>> Handle(GetInformingRecordsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.InformingRecords.AsNoTracking().Where(r => r.ProgrammeId == request.ProgrammeId);
        if (request.MenteeId is { } menteeId)
        {
            query = query.Where(r => r.MenteeId == menteeId);
        }

        return await query.OrderBy(r => r.InformedOn).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<InformingRecordDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
