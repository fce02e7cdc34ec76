using Mentorship.Application.Common.Interfaces;

namespace Mentorship.Application.Matching;

/// <summary>
/// The baseline the optimal assignment is measured against: take the best remaining pair while the mentor has
/// a place and the mentee is free. Fast and often good, but one early pick can cost two later pairs.
/// </summary>
public sealed class GreedyMatcher : IMatchingSolver
{
    public IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem)
    {
        var edges = problem.Edges.Where(e => e.Score > 0).ToArray();
        Array.Sort(edges, static (a, b) =>
            b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : a.MentorIndex != b.MentorIndex ? a.MentorIndex.CompareTo(b.MentorIndex)
            : a.MenteeIndex.CompareTo(b.MenteeIndex));

        var free = problem.MentorCapacities.ToArray();
        var taken = new bool[problem.MenteeCount];
        var chosen = new List<MatchingEdge>();
        foreach (var edge in edges)
        {
            if (!taken[edge.MenteeIndex] && free[edge.MentorIndex] > 0)
            {
                taken[edge.MenteeIndex] = true;
                free[edge.MentorIndex]--;
                chosen.Add(edge);
            }
        }

        return chosen;
    }
}
