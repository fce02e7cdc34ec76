namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

/// <summary>
/// Proposed pairs (подбор пар) that maximise the total score under the mentors' capacities, and the mentees left
/// without one. Suggestions only: the curator confirms or edits them.
/// </summary>
/// <param name="Proposals">The proposed pairs.</param>
/// <param name="Unmatched">Mentees left without a proposal, with the reason.</param>
/// <param name="TotalScore">Sum of the scores of the proposals.</param>
public sealed record MatchingResultDto(IReadOnlyList<MatchingProposalDto> Proposals, IReadOnlyList<UnmatchedMenteeDto> Unmatched, int TotalScore);
