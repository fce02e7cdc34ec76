using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;

/// <summary>The notes of the group the caller may read (the visibility rule of <see cref="Note.VisibleTo"/>).</summary>
/// <param name="GroupId">The pair or group.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetNotesQuery(Guid GroupId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<NoteDto>>, IPagedRequest;

internal sealed class GetNotesHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<GetNotesQuery, PagedList<NoteDto>>
{
    public async Task<PagedList<NoteDto>> Handle(GetNotesQuery request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var caller = user.CallerIn(group);
        return await db.Notes.Where(n => n.GroupId == group.Id).Where(Note.VisibleTo(caller.MemberPersonId, caller.IsStaff))
            .OrderBy(n => n.WrittenAt).ThenBy(n => n.Id)
            .ProjectToPagedListAsync<NoteDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
