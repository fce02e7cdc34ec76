using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;

/// <summary>A note in a group's journal, shown only to those its visibility allows.</summary>
public sealed record NoteDto
{
    /// <summary>Identifier of the note.</summary>
    public Guid Id { get; init; }

    /// <summary>The pair or group.</summary>
    public Guid GroupId { get; init; }

    /// <summary>The member who wrote it.</summary>
    public Guid AuthorPersonId { get; init; }

    /// <summary>Who may read it.</summary>
    public NoteVisibility Visibility { get; init; }

    /// <summary>The note.</summary>
    public required string Text { get; init; }

    /// <summary>When it was written (UTC).</summary>
    public DateTimeOffset WrittenAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Note, NoteDto>();
    }
}
