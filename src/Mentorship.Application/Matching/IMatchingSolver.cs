namespace Mentorship.Application.Matching;

/// <summary>A possible pair: mentor and mentee by their index in the problem, and how good the pair is.</summary>
public sealed record MatchingEdge(int Mentor, int Mentee, int Score);

/// <summary>
/// Solves the assignment of stage 5: choose pairs among the edges so that each mentee gets at most one mentor,
/// each mentor at most their capacity, and the total score is as high as possible.
/// </summary>
public interface IMatchingSolver
{
    IReadOnlyList<(int Mentor, int Mentee)> Solve(IReadOnlyList<MatchingEdge> edges, IReadOnlyList<int> mentorCapacities, int menteeCount);
}
