namespace Mentorship.Application.Matching;

/// <summary>
/// The sparse candidate pairs of an input. Only compatible pairs that share at least one tag or the organisation
/// are candidates: mentors are indexed by tag, municipality and organisation (<see cref="MatchingMentorIndex"/>), so a
/// regional instance (tens of thousands of mentees, thousands of mentors) never builds the full product of the two
/// banks, and a mentee's best k are found without scoring every mentor who shares a tag
/// (<see cref="MatchingCandidateSelection"/>). Each mentee keeps its
/// <see cref="MatchingInput.MaxCandidatesPerMentee"/> best candidates (all of them when it is null or 0), ties going
/// to the mentor listed first; a mentee with any candidate keeps at least one.
/// </summary>
public sealed class MatchingCandidates
{
    /// <summary>Mentees per block of the parallel selection: enough work per block to outweigh its scheduling.</summary>
    private const int SelectionBlock = 1_024;

    private MatchingCandidates(MatchingInput input, MatchingProblem problem, int eligibleMentors, int eligibleMentees)
    {
        Input = input;
        Problem = problem;
        EligibleMentors = eligibleMentors;
        EligibleMentees = eligibleMentees;
    }

    public MatchingInput Input { get; }

    /// <summary>Mentor capacities are the free places of eligible mentors and 0 for the others.</summary>
    public MatchingProblem Problem { get; }

    public int EligibleMentors { get; }

    public int EligibleMentees { get; }

    /// <summary>Per mentee: whether the cut to the best k dropped a candidate of theirs.</summary>
    public IReadOnlyList<bool> Pruned { get; private init; } = [];

    /// <summary>The same candidates with fewer places: <paramref name="placesTaken"/> per mentor are already proposed.</summary>
    internal MatchingCandidates WithPlacesTaken(IReadOnlyList<int> placesTaken) =>
        new(Input, Problem with { MentorCapacities = Problem.MentorCapacities.Select((c, m) => Math.Max(0, c - placesTaken[m])).ToArray() }, EligibleMentors, EligibleMentees)
        {
            Pruned = Pruned,
        };

    public static MatchingCandidates Build(MatchingInput input, MatchingScorer scorer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(input.MaxCandidatesPerMentee ?? 0);
        var limit = input.MaxCandidatesPerMentee is > 0 and var k ? k : int.MaxValue;
        var mentors = new MatchingMentorIndex(input, scorer);
        var pruned = new bool[input.Mentees.Count];

        // Mentees are selected for in blocks on all cores, each block with a selection of its own (the index is only
        // read), and the blocks' edges joined in mentee order: the same problem, edge for edge, as one pass would give.
        var blocks = (input.Mentees.Count + SelectionBlock - 1) / SelectionBlock;
        var edgesOf = new List<MatchingEdge>[blocks];
        var eligibleOf = new int[blocks];
        Parallel.For(0, blocks, () => new MatchingCandidateSelection(mentors, scorer, limit), (block, _, selection) =>
        {
            var edges = new List<MatchingEdge>();
            var end = Math.Min(input.Mentees.Count, (block + 1) * SelectionBlock);
            for (var e = block * SelectionBlock; e < end; e++)
            {
                var mentee = input.Mentees[e];
                if (MatchingScorer.MenteeObstacle(input.Form, mentee) != MatchingObstacle.None)
                {
                    continue;
                }

                eligibleOf[block]++;
                pruned[e] = selection.Select(mentee, e, edges);
            }

            edgesOf[block] = edges;
            return selection;
        }, _ => { });

        var all = new List<MatchingEdge>(edgesOf.Sum(edges => edges.Count));
        foreach (var edges in edgesOf)
        {
            all.AddRange(edges);
        }

        return new MatchingCandidates(input, new MatchingProblem(mentors.Capacities, input.Mentees.Count, all), mentors.EligibleMentors, eligibleOf.Sum()) { Pruned = pruned };
    }
}
