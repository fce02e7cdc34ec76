using Mentorship.Application.Matching;

namespace Mentorship.Infrastructure.Matching;

/// <summary>
/// Takes the best remaining edge while the mentor has room and the mentee is free. Not optimal in general; it stands
/// in until the min-cost-flow solver lands and stays as its baseline.
/// </summary>
public sealed class GreedyMatchingSolver : IMatchingSolver
{
    public IReadOnlyList<(int Mentor, int Mentee)> Solve(IReadOnlyList<MatchingEdge> edges, IReadOnlyList<int> mentorCapacities, int menteeCount)
    {
        var room = mentorCapacities.ToArray();
        var taken = new bool[menteeCount];
        var chosen = new List<(int Mentor, int Mentee)>();
        foreach (var edge in edges.OrderByDescending(e => e.Score).ThenBy(e => e.Mentee).ThenBy(e => e.Mentor))
        {
            if (room[edge.Mentor] > 0 && !taken[edge.Mentee])
            {
                room[edge.Mentor]--;
                taken[edge.Mentee] = true;
                chosen.Add((edge.Mentor, edge.Mentee));
            }
        }

        return chosen;
    }
}
