namespace Mentorship.Application.Integration.Commands.UpsertPeople;

/// <summary>What a bulk upsert did: counts and one result per row, in the order sent.</summary>
/// <param name="Created">Rows that created a record.</param>
/// <param name="Updated">Rows that updated a record.</param>
/// <param name="Items">One result per row.</param>
public sealed record BatchResultDto(int Created, int Updated, IReadOnlyList<BatchRowResultDto> Items);
