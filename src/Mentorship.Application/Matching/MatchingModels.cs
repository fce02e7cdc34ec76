using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Matching;

/// <summary>
/// A mentor of the bank as matching sees them. Tags are compared as stored (normalised by the domain);
/// consent is decided by the caller at the matching date.
/// </summary>
public sealed record MatchingMentor(
    Guid Id,
    Guid PersonId,
    PersonCategory Category,
    Guid OrganizationId,
    Guid MunicipalityId,
    int Capacity,
    int CurrentLoad,
    IReadOnlyList<string> CompetenceTags,
    IReadOnlyCollection<MentoringFormat> PreferredFormats,
    bool HasActiveConsent)
{
    /// <summary>How many more mentees the mentor can take now.</summary>
    public int FreeCapacity => Math.Max(0, Capacity - CurrentLoad);
}

/// <summary>A mentee of the bank as matching sees them: the tags of all their requests together.</summary>
public sealed record MatchingMentee(
    Guid Id,
    Guid PersonId,
    PersonCategory Category,
    Guid OrganizationId,
    Guid MunicipalityId,
    IReadOnlyList<string> RequestTags,
    IReadOnlyCollection<MentoringFormat> PreferredFormats,
    bool HasActiveConsent,
    bool HasSpecialNeeds = false);

/// <summary>What to match: the programme's form and the active entries of its banks.</summary>
public sealed record MatchingInput(MentoringForm Form, IReadOnlyList<MatchingMentor> Mentors, IReadOnlyList<MatchingMentee> Mentees)
{
    /// <summary>
    /// Only a mentee's best k candidates go to the solver, so the problem stays sparse; null or 0 keeps all of them
    /// (see <see cref="MatchingOptions.CandidatesPerMentee"/>).
    /// </summary>
    public int? MaxCandidatesPerMentee { get; init; }
}

/// <summary>A candidate pair: indices into <see cref="MatchingInput.Mentors"/> and <see cref="MatchingInput.Mentees"/>.</summary>
public readonly record struct MatchingEdge(int MentorIndex, int MenteeIndex, int Score);

/// <summary>The assignment problem handed to an <see cref="Common.Interfaces.IMatchingSolver"/>.</summary>
public sealed record MatchingProblem(IReadOnlyList<int> MentorCapacities, int MenteeCount, IReadOnlyList<MatchingEdge> Edges)
{
    public static long TotalScore(IEnumerable<MatchingEdge> chosen) => chosen.Sum(e => (long)e.Score);

    /// <summary>
    /// Throws when a choice takes a mentee twice, exceeds a mentor's capacity, uses an edge that is not a candidate
    /// or one without a positive score: a solver that does so has a bug, and its proposals must not reach a curator.
    /// </summary>
    public void EnsureFeasible(IReadOnlyList<MatchingEdge> chosen)
    {
        var load = new int[MentorCapacities.Count];
        var taken = new bool[MenteeCount];
        var unconfirmed = new HashSet<MatchingEdge>(chosen.Count);
        foreach (var edge in chosen)
        {
            if (edge.Score <= 0 || (uint)edge.MentorIndex >= (uint)load.Length || (uint)edge.MenteeIndex >= (uint)taken.Length)
            {
                throw new MatchingSolverException(MatchingSolverFault.NotACandidate, edge);
            }

            if (taken[edge.MenteeIndex])
            {
                throw new MatchingSolverException(MatchingSolverFault.MenteeTwice, edge);
            }

            taken[edge.MenteeIndex] = true;
            if (++load[edge.MentorIndex] > MentorCapacities[edge.MentorIndex])
            {
                throw new MatchingSolverException(MatchingSolverFault.CapacityExceeded, edge);
            }

            unconfirmed.Add(edge);
        }

        // One pass over the candidates rather than a set of all of them: the regional instance has millions.
        foreach (var edge in Edges)
        {
            if (unconfirmed.Count == 0)
            {
                break;
            }

            unconfirmed.Remove(edge);
        }

        if (unconfirmed.Count > 0)
        {
            throw new MatchingSolverException(MatchingSolverFault.NotACandidate, unconfirmed.First());
        }
    }
}

/// <summary>The points of one pair, part by part, as <see cref="MatchingScorer"/> counted them.</summary>
public sealed record MatchingScore(
    IReadOnlyList<string> SharedTags,
    int TagPoints,
    int CoveragePoints,
    int OrganizationPoints,
    int MunicipalityPoints,
    IReadOnlyList<MentoringFormat> SharedFormats,
    int FormatPoints,
    int LoadPenalty)
{
    public int Total => TagPoints + CoveragePoints + OrganizationPoints + MunicipalityPoints + FormatPoints - LoadPenalty;
}

/// <summary>A suggested pair for the curator to confirm or edit, with why it was suggested.</summary>
public sealed record MatchingProposal(
    MatchingMentor Mentor,
    MatchingMentee Mentee,
    int Score,
    IReadOnlyList<string> SharedTags,
    IReadOnlyList<string> Reasons);

/// <summary>A mentee left without a proposal, and why.</summary>
public sealed record UnmatchedMentee(MatchingMentee Mentee, string Reason);

public sealed record MatchingResult(
    IReadOnlyList<MatchingProposal> Proposals,
    IReadOnlyList<UnmatchedMentee> Unmatched,
    long TotalScore,
    int CandidateCount);
