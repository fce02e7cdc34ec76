namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

public sealed record MatchingResultDto(IReadOnlyList<MatchingProposalDto> Proposals, IReadOnlyList<UnmatchedMenteeDto> Unmatched, int TotalScore);
