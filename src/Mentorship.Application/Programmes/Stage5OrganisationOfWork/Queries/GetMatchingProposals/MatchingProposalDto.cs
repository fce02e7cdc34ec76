using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

/// <summary>A proposal of the matching: who with whom, in which form, its score and why.</summary>
/// <param name="MentorId">The mentor in the programme's mentor bank.</param>
/// <param name="MentorPersonId">The mentor as a person (for confirming the group).</param>
/// <param name="MentorName">Full name of the mentor (personal data).</param>
/// <param name="MenteeId">The mentee in the programme's mentee bank.</param>
/// <param name="MenteePersonId">The mentee as a person (for confirming the group).</param>
/// <param name="MenteeName">Full name of the mentee (personal data).</param>
/// <param name="Form">The form of mentorship the pair would have.</param>
/// <param name="Score">
/// How well they fit, higher is better: 10 per request tag of the mentee the mentor has as a competence, +5 when every
/// tag is covered, +6 for the same organisation or else +3 for the same municipality, +2 for a preferred format in
/// common, minus up to 4 for the mentor's current load.
/// </param>
/// <param name="SharedTags">Request tags of the mentee that the mentor's competences cover.</param>
/// <param name="Reasons">Why the pair is proposed, in the request's language, one line per part of the score.</param>
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
