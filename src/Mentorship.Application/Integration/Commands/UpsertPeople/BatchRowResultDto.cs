namespace Mentorship.Application.Integration.Commands.UpsertPeople;

public sealed record BatchRowResultDto(int Index, string Key, Guid Id, RowOutcome Outcome);
