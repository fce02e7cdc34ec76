namespace Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;

/// <summary>Whether a programme or a success case is on the open information resource.</summary>
/// <param name="Id">Identifier of the programme or success case.</param>
/// <param name="IsPublished">It is visible on the open information resource (открытый информационный ресурс).</param>
/// <param name="PublishedAt">When it was published (UTC); null while it is not.</param>
/// <param name="Version">Version of the record, carried by the ETag.</param>
public sealed record PublicationStateDto(Guid Id, bool IsPublished, DateTimeOffset? PublishedAt, long Version);
