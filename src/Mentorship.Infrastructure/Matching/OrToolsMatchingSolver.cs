using Google.OrTools.Graph;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Matching;

namespace Mentorship.Infrastructure.Matching;

/// <summary>
/// The optimal assignment with OR-Tools' min-cost flow. The network is
/// source → mentor (capacity = free places, cost 0) → mentee (capacity 1, cost −score) → sink (capacity 1),
/// plus a bypass source → sink (cost 0) wide enough for every mentee. The source supplies one unit per mentee
/// that has a candidate and the sink takes them all, so each unit either goes through a pair (earning its score)
/// or through the bypass (earning nothing): the cheapest such flow is the assignment of greatest total score, and
/// leaving a mentee unmatched is allowed. SolveMaxFlowWithMinCost would be wrong here: it first maximises the
/// number of pairs, and would give up a high-scoring pair for two weak ones. Only edges with a positive score enter
/// the network: a zero-score pair would tie with the bypass, and a proposal that adds nothing has no reason to give.
/// </summary>
public sealed class OrToolsMatchingSolver : IMatchingSolver
{
    private const int Source = 0;
    private const int Sink = 1;

    public IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem)
    {
        var capacities = problem.MentorCapacities;
        var usable = problem.Edges.Where(e => e.Score > 0 && capacities[e.MentorIndex] > 0).ToArray();
        if (usable.Length == 0)
        {
            return [];
        }

        var mentorFirst = 2;
        var menteeFirst = mentorFirst + capacities.Count;
        var hasCandidate = new bool[problem.MenteeCount];
        var mentorUsed = new bool[capacities.Count];
        foreach (var edge in usable)
        {
            hasCandidate[edge.MenteeIndex] = true;
            mentorUsed[edge.MentorIndex] = true;
        }

        var mentees = hasCandidate.Count(h => h);
        using var flow = new MinCostFlow(menteeFirst + problem.MenteeCount, usable.Length + capacities.Count + mentees + 1);
        for (var m = 0; m < capacities.Count; m++)
        {
            if (mentorUsed[m])
            {
                flow.AddArcWithCapacityAndUnitCost(Source, mentorFirst + m, capacities[m], 0);
            }
        }

        var pairArcs = new int[usable.Length];
        for (var i = 0; i < usable.Length; i++)
        {
            var edge = usable[i];
            pairArcs[i] = flow.AddArcWithCapacityAndUnitCost(mentorFirst + edge.MentorIndex, menteeFirst + edge.MenteeIndex, 1, -edge.Score);
        }

        for (var e = 0; e < problem.MenteeCount; e++)
        {
            if (hasCandidate[e])
            {
                flow.AddArcWithCapacityAndUnitCost(menteeFirst + e, Sink, 1, 0);
            }
        }

        flow.AddArcWithCapacityAndUnitCost(Source, Sink, mentees, 0);
        flow.SetNodeSupply(Source, mentees);
        flow.SetNodeSupply(Sink, -mentees);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools min-cost flow ended with {status} on {usable.Length} candidate pairs.");
        }

        var chosen = new List<MatchingEdge>();
        for (var i = 0; i < usable.Length; i++)
        {
            if (flow.Flow(pairArcs[i]) > 0)
            {
                chosen.Add(usable[i]);
            }
        }

        return chosen;
    }
}
