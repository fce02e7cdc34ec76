using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;

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
