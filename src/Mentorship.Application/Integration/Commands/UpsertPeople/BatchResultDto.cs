namespace Mentorship.Application.Integration.Commands.UpsertPeople;

public sealed record BatchResultDto(int Created, int Updated, IReadOnlyList<BatchRowResultDto> Items);
