using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Interfaces;

namespace Mentorship.Application.Matching;

/// <summary>
/// Stage 5's matching: sparse candidates, the optimal assignment from <see cref="IMatchingSolver"/>, and one
/// explained proposal per chosen pair. Proposals are suggestions the curator confirms or edits.
/// </summary>
public sealed class MatchingEngine(IMatchingSolver solver, MatchingScorer scorer)
{
    public MatchingResult Propose(MatchingInput input)
    {
        var candidates = MatchingCandidates.Build(input, scorer);
        return Explain(candidates, solver.Solve(candidates.Problem), scorer);
    }

    /// <summary>
    /// Turns a solver's choice into proposals. The choice is checked again against capacities, the form, consents
    /// and the score, so that a faulty solver fails loudly instead of proposing a pair that breaks a rule.
    /// </summary>
    public static MatchingResult Explain(MatchingCandidates candidates, IReadOnlyList<MatchingEdge> chosen, MatchingScorer scorer)
    {
        var input = candidates.Input;
        candidates.Problem.EnsureFeasible(chosen);

        var proposals = new List<MatchingProposal>(chosen.Count);
        var matched = new bool[input.Mentees.Count];
        foreach (var edge in chosen.OrderBy(e => e.MenteeIndex))
        {
            var mentor = input.Mentors[edge.MentorIndex];
            var mentee = input.Mentees[edge.MenteeIndex];
            var obstacle = MatchingScorer.Obstacle(input.Form, mentor, mentee);
            if (obstacle != MatchingObstacle.None)
            {
                throw new MatchingSolverException(MatchingSolverFault.BreaksARule, edge);
            }

            var score = scorer.Explain(mentor, mentee);
            if (score.Total != edge.Score)
            {
                throw new MatchingSolverException(MatchingSolverFault.WrongScore, edge);
            }

            matched[edge.MenteeIndex] = true;
            proposals.Add(new MatchingProposal(mentor, mentee, edge.Score, score.SharedTags, MatchingScorer.Reasons(mentor, score)));
        }

        var hadCandidates = new bool[input.Mentees.Count];
        foreach (var edge in candidates.Problem.Edges)
        {
            hadCandidates[edge.MenteeIndex] = true;
        }

        var unmatched = new List<UnmatchedMentee>();
        for (var e = 0; e < input.Mentees.Count; e++)
        {
            if (!matched[e])
            {
                unmatched.Add(new UnmatchedMentee(input.Mentees[e], WhyUnmatched(input, e, hadCandidates[e])));
            }
        }

        return new MatchingResult(proposals, unmatched, MatchingProblem.TotalScore(chosen), candidates.Problem.Edges.Count);
    }

    private static string WhyUnmatched(MatchingInput input, int mentee, bool hadCandidates)
    {
        var obstacle = MatchingScorer.MenteeObstacle(input.Form, input.Mentees[mentee]);
        if (obstacle != MatchingObstacle.None)
        {
            return MatchingScorer.Describe(obstacle);
        }

        return Catalogue.Text(hadCandidates ? "matching.unmatched.outscored" : "matching.unmatched.no_candidate");
    }
}
