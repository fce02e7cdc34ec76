namespace Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;

/// <summary>Whether a programme or a success case is on the open information resource.</summary>
public sealed record PublicationStateDto(Guid Id, bool IsPublished, DateTimeOffset? PublishedAt, long Version);
