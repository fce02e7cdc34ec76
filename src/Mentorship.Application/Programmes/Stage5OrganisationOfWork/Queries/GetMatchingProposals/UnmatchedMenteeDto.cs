namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

/// <summary>A mentee left without a proposal, and why (in the request's language).</summary>
public sealed record UnmatchedMenteeDto(Guid MenteeId, Guid PersonId, string Name, IReadOnlyList<string> Tags, string Reason) : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];
}
