using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddNote;

/// <summary>
/// A member writes a note in the group's journal with an explicit visibility: private to the mentor (mentors only),
/// shared with the pair (members and curator) or for the curator (the author and the curator).
/// </summary>
/// <param name="Visibility">
/// Who may read the note: the mentor alone, the pair or group, or the author and the curator.
/// </param>
/// <param name="Text">The note; up to 4000 characters.</param>
[Authorize(Roles = $"{Roles.Mentor},{Roles.Mentee}")]
public sealed record AddNoteCommand(NoteVisibility? Visibility, string? Text) : IRequest<NoteDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class AddNoteHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<AddNoteCommand, NoteDto>
{
    public async Task<NoteDto> Handle(AddNoteCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var caller = user.CallerIn(group);
        if (!caller.IsMember)
        {
            throw new ForbiddenAccessException();
        }

        var note = group.WriteNote(caller.MemberPersonId!.Value, request.Visibility!.Value, request.Text!, time.GetUtcNow());
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<NoteDto>(note);
    }
}
