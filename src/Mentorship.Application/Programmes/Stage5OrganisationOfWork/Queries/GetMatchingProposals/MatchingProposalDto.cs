using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

/// <summary>A proposal of the matching: who with whom, in which form, its score and why.</summary>
public sealed record MatchingProposalDto(
    Guid MentorId,
    Guid MentorPersonId,
    string MentorName,
    Guid MenteeId,
    Guid MenteePersonId,
    string MenteeName,
    MentoringForm Form,
    int Score,
    IReadOnlyList<string> SharedTags,
    IReadOnlyList<string> Reasons) : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [MentorPersonId, MenteePersonId];
}
