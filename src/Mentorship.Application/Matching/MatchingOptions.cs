namespace Mentorship.Application.Matching;

/// <summary>
/// Configuration of stage 5's matching (section <c>Matching</c>). <see cref="CandidatesPerMentee"/> prunes the
/// candidate pairs to each mentee's best k before the solver: the problem stays sparse (a regional instance of
/// 5 000 mentors and 50 000 mentees solves in about a second instead of several), at the cost of a small share of
/// the optimum's total score, because a mentee whose best k mentors are all taken by better-placed mentees cannot
/// fall back to a weaker mentor outside them. 0 or null keeps every candidate pair (the exact optimum).
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public const int DefaultCandidatesPerMentee = 20;

    /// <summary>The best candidates per mentee kept for the solver; 0 or null: all of them.</summary>
    public int? CandidatesPerMentee { get; set; } = DefaultCandidatesPerMentee;
}
