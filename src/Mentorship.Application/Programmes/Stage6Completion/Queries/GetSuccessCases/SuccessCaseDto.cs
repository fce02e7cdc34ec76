using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;

/// <summary>
/// A success case of the programme (кейс успешной практики), which may be published to the best practices base (база
/// лучших практик).
/// </summary>
public sealed record SuccessCaseDto
{
    /// <summary>Identifier of the case.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The pair or group it is about; null when none.</summary>
    public Guid? GroupId { get; init; }

    /// <summary>Title of the case.</summary>
    public required string Title { get; init; }

    /// <summary>The case.</summary>
    public required string Text { get; init; }

    /// <summary>Published on the open information resource.</summary>
    public bool IsPublished { get; init; }

    /// <summary>When it was published (UTC); null while not.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SuccessCase, SuccessCaseDto>();
    }
}
