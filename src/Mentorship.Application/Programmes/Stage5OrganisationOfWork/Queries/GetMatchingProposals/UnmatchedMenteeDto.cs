namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

/// <summary>A mentee left without a proposal, and why (in the request's language).</summary>
/// <param name="MenteeId">The mentee in the programme's mentee bank.</param>
/// <param name="PersonId">The mentee as a person.</param>
/// <param name="Name">Full name of the mentee (personal data).</param>
/// <param name="Tags">Request tags of the mentee.</param>
/// <param name="Reason">
/// Why no mentor was proposed, in the request's language (no compatible mentor, no consent, no free capacity …).
/// </param>
public sealed record UnmatchedMenteeDto(Guid MenteeId, Guid PersonId, string Name, IReadOnlyList<string> Tags, string Reason) : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];
}
