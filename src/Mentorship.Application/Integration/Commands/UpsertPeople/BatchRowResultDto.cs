namespace Mentorship.Application.Integration.Commands.UpsertPeople;

/// <summary>The result of one row of a bulk upsert.</summary>
/// <param name="Index">Position of the row in the batch, from 0 (as in the error paths, items[3]).</param>
/// <param name="Key">The row's key: the external id, or organisation/year for head-counts.</param>
/// <param name="Id">The record created or updated.</param>
/// <param name="Outcome">Created or updated.</param>
public sealed record BatchRowResultDto(int Index, string Key, Guid Id, RowOutcome Outcome);
