namespace Mentorship.Application.People.Queries.GetPerson;

/// <summary>
/// The id a school information system gives the person (внешний идентификатор), by which its bulk upserts find them.
/// </summary>
/// <param name="ClientId">The integrating client (school system) the id belongs to.</param>
/// <param name="ExternalId">The person's id in that system.</param>
public sealed record ExternalIdDto(string ClientId, string ExternalId);
