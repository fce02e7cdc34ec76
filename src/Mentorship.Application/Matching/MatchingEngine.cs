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
        var result = Explain(candidates, solver.Solve(candidates.Problem), scorer);
        return candidates.Pruned.Contains(true) ? CompleteAfterPruning(candidates, result) : result;
    }

    /// <summary>
    /// Pruning to each mentee's best k can leave a mentee unmatched whose k best mentors were all taken while a
    /// weaker candidate outside them still has a place. Those mentees are matched once more, over all their
    /// candidates, against the places left (scores unchanged: each mentor keeps the load it had): afterwards no
    /// mentee is unmatched while a mentor they could have has a free place. The pairs of the first pass stay, so the
    /// total may still fall short of the unpruned optimum by a little (measured by the matching benchmark).
    /// </summary>
    private MatchingResult CompleteAfterPruning(MatchingCandidates candidates, MatchingResult first)
    {
        var input = candidates.Input;
        var mentorIndex = new Dictionary<MatchingMentor, int>(ReferenceEqualityComparer.Instance);
        for (var m = 0; m < input.Mentors.Count; m++)
        {
            mentorIndex.TryAdd(input.Mentors[m], m);
        }

        var taken = new int[input.Mentors.Count];
        foreach (var proposal in first.Proposals)
        {
            taken[mentorIndex[proposal.Mentor]]++;
        }

        var mentors = Enumerable.Range(0, input.Mentors.Count).Where(m => candidates.Problem.MentorCapacities[m] > taken[m]).ToArray();
        var wasPruned = new HashSet<MatchingMentee>(Enumerable.Range(0, input.Mentees.Count).Where(e => candidates.Pruned[e]).Select(e => input.Mentees[e]), ReferenceEqualityComparer.Instance);
        var mentees = first.Unmatched.Select(u => u.Mentee).Where(wasPruned.Contains).ToList();
        if (mentors.Length == 0 || mentees.Count == 0)
        {
            return first;
        }

        var rest = MatchingCandidates.Build(
            input with { Mentors = mentors.Select(m => input.Mentors[m]).ToList(), Mentees = mentees, MaxCandidatesPerMentee = null }, scorer)
            .WithPlacesTaken(mentors.Select(m => taken[m]).ToList());
        var second = Explain(rest, solver.Solve(rest.Problem), scorer);
        var rematched = new HashSet<MatchingMentee>(second.Proposals.Select(p => p.Mentee), ReferenceEqualityComparer.Instance);
        return new MatchingResult(
            [.. first.Proposals, .. second.Proposals],
            first.Unmatched.Where(u => !rematched.Contains(u.Mentee)).ToList(),
            first.TotalScore + second.TotalScore,
            first.CandidateCount + second.CandidateCount);
    }

    /// <summary>
    /// Turns a solver's choice into proposals. The choice is checked again against capacities, the form, consents
    /// and the score, so that a faulty solver fails loudly instead of proposing a pair that breaks a rule.
    /// </summary>
    public static MatchingResult Explain(MatchingCandidates candidates, IReadOnlyList<MatchingEdge> chosen, MatchingScorer scorer)
    {
        var input = candidates.Input;
        candidates.Problem.EnsureFeasible(chosen);

        // Each pair is checked and explained on its own, on all cores (a region's run proposes tens of thousands);
        // the proposals keep the mentees' order.
        var ordered = chosen.OrderBy(e => e.MenteeIndex).ToArray();
        var proposals = new MatchingProposal[ordered.Length];
        var faults = new MatchingSolverFault?[ordered.Length];
        var texts = MatchingReasonTexts.Current();
        Parallel.For(0, ordered.Length, i =>
        {
            var edge = ordered[i];
            var mentor = input.Mentors[edge.MentorIndex];
            var mentee = input.Mentees[edge.MenteeIndex];
            if (MatchingScorer.Obstacle(input.Form, mentor, mentee) != MatchingObstacle.None)
            {
                faults[i] = MatchingSolverFault.BreaksARule;
                return;
            }

            var score = scorer.Explain(mentor, mentee);
            if (score.Total != edge.Score)
            {
                faults[i] = MatchingSolverFault.WrongScore;
                return;
            }

            proposals[i] = new MatchingProposal(mentor, mentee, edge.Score, score.SharedTags, MatchingScorer.Reasons(mentor, score, texts));
        });

        var matched = new bool[input.Mentees.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            if (faults[i] is { } fault)
            {
                throw new MatchingSolverException(fault, ordered[i]);
            }

            matched[ordered[i].MenteeIndex] = true;
        }

        var hadCandidates = new bool[input.Mentees.Count];
        foreach (var edge in candidates.Problem.Edges)
        {
            hadCandidates[edge.MenteeIndex] = true;
        }

        // The two reasons of eligible mentees looked up once, not once per mentee: a region leaves thousands unmatched.
        var outscored = Catalogue.Text("matching.unmatched.outscored");
        var noCandidate = Catalogue.Text("matching.unmatched.no_candidate");
        var unmatched = new List<UnmatchedMentee>();
        for (var e = 0; e < input.Mentees.Count; e++)
        {
            if (!matched[e])
            {
                var obstacle = MatchingScorer.MenteeObstacle(input.Form, input.Mentees[e]);
                var reason = obstacle != MatchingObstacle.None ? MatchingScorer.Describe(obstacle) : hadCandidates[e] ? outscored : noCandidate;
                unmatched.Add(new UnmatchedMentee(input.Mentees[e], reason));
            }
        }

        return new MatchingResult(proposals, unmatched, MatchingProblem.TotalScore(chosen), candidates.Problem.Edges.Count);
    }
}
