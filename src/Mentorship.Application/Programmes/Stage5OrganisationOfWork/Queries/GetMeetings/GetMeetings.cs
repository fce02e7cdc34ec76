using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;

/// <param name="GroupId">The pair or group.</param>
/// <param name="Kind">Only meetings of this kind: kick-off, regular or final.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetMeetingsQuery(Guid GroupId, MeetingKind? Kind = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<MeetingDto>>, IPagedRequest;

internal sealed class GetMeetingsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMeetingsQuery, PagedList<MeetingDto>>
{
    public async Task<PagedList<MeetingDto>> Handle(GetMeetingsQuery request, CancellationToken cancellationToken)
    {
        await GroupReads.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        var query = db.Meetings.AsNoTracking().Where(m => m.GroupId == request.GroupId);
        if (request.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        return await query.OrderBy(m => m.At).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MeetingDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
