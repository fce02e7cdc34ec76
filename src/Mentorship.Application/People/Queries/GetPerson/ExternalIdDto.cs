namespace Mentorship.Application.People.Queries.GetPerson;

public sealed record ExternalIdDto(string ClientId, string ExternalId);
