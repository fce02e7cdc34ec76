using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

public sealed record NoteDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid AuthorPersonId { get; init; }

    public NoteVisibility Visibility { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset WrittenAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Note, NoteDto>();
    }
}

/// <summary>
/// A member writes a note in the group's journal with an explicit visibility: private to the mentor (mentors only),
/// shared with the pair (members and curator) or for the curator (the author and the curator).
/// </summary>
[Authorize(Roles = $"{Roles.Mentor},{Roles.Mentee}")]
public sealed record AddNoteCommand(NoteVisibility? Visibility, string? Text) : IRequest<NoteDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class AddNoteValidator : AbstractValidator<AddNoteCommand>
{
    public AddNoteValidator()
    {
        RuleFor(c => c.Visibility).NotNull().IsInEnum();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
    }
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

        Note.EnsureAuthorMayUse(request.Visibility!.Value, caller.MemberRole!.Value);
        var note = new Note(group.Id, caller.MemberPersonId!.Value, request.Visibility.Value, request.Text!, time.GetUtcNow());
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<NoteDto>(note);
    }
}

/// <summary>The notes of the group the caller may read (the visibility rule of <see cref="Note.VisibleTo"/>).</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetNotesQuery(Guid GroupId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<NoteDto>>, IPagedRequest;

public sealed class GetNotesValidator : AbstractValidator<GetNotesQuery>
{
    public GetNotesValidator() => Include(new PagedRequestValidator());
}

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
