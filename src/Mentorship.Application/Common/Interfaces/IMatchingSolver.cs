using Mentorship.Application.Matching;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// Solves the optimal assignment of stage 5: from the candidate edges, choose those that maximise the total score
/// with each mentee taken at most once and each mentor at most up to their capacity. Leaving a mentee unmatched is
/// allowed; edges without a positive score are never chosen.
/// </summary>
public interface IMatchingSolver
{
    IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem);
}
