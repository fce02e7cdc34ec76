using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Matching;
using static Mentorship.Application.UnitTests.Matching.Pairs;

namespace Mentorship.Application.UnitTests.Matching;

public class MatchingEngineTests
{
    [Test]
    public void Greedy_takes_the_best_pairs_first_within_capacities()
    {
        var problem = new MatchingProblem([1, 2], 4,
        [
            new MatchingEdge(0, 0, 30), new MatchingEdge(0, 1, 20), new MatchingEdge(1, 1, 15),
            new MatchingEdge(1, 2, 10), new MatchingEdge(1, 3, 5), new MatchingEdge(0, 3, 40),
        ]);

        var chosen = new GreedyMatcher().Solve(problem);

        chosen.Should().BeEquivalentTo([new MatchingEdge(0, 3, 40), new MatchingEdge(1, 1, 15), new MatchingEdge(1, 2, 10)]);
    }

    [Test]
    [SetUICulture("en-GB")]
    public void Every_mentee_gets_a_proposal_or_a_reason()
    {
        var mentors = new[] { Mentor(tags: ["математика"], capacity: 1) };
        var mentees = new[]
        {
            Mentee(tags: ["математика"]),
            Mentee(tags: ["математика", "физика"]),
            Mentee(tags: ["химия"]),
            Mentee(consent: false),
        };

        var result = new MatchingEngine(new GreedyMatcher(), MatchingScorer.Default).Propose(Input(mentors, mentees));

        var proposal = result.Proposals.Should().ContainSingle().Subject;
        proposal.Mentee.Should().BeSameAs(mentees[0]);
        proposal.Score.Should().Be(15);
        proposal.SharedTags.Should().Equal("математика");
        proposal.Reasons.Should().Contain("Compatibility score: 15");
        result.TotalScore.Should().Be(15);
        result.CandidateCount.Should().Be(2);
        result.Unmatched.Select(u => (u.Mentee, u.Reason)).Should().Equal(
            (mentees[1], "The suitable mentors were proposed to other mentees: the total score is higher that way"),
            (mentees[2], "No compatible mentor with a free place shares a topic or the organisation"),
            (mentees[3], "The mentee has no active consent to the processing of personal data"));
    }

    [Test]
    public void A_solver_that_exceeds_a_capacity_is_not_believed()
    {
        var input = Input([Mentor(capacity: 1)], [Mentee(), Mentee()]);
        var engine = new MatchingEngine(new EveryCandidate(), MatchingScorer.Default);

        var act = () => engine.Propose(input);

        act.Should().Throw<MatchingSolverException>().Which.Fault.Should().Be(MatchingSolverFault.CapacityExceeded);
    }

    [Test]
    public void A_solver_that_pairs_outside_the_candidates_is_not_believed()
    {
        var input = Input([Mentor()], [Mentee(consent: false)]);
        var engine = new MatchingEngine(new Fixed(new MatchingEdge(0, 0, 15)), MatchingScorer.Default);

        var act = () => engine.Propose(input);

        act.Should().Throw<MatchingSolverException>().Which.Fault.Should().Be(MatchingSolverFault.NotACandidate);
    }

    private sealed class EveryCandidate : IMatchingSolver
    {
        public IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem) => problem.Edges.ToList();
    }

    private sealed class Fixed(params MatchingEdge[] edges) : IMatchingSolver
    {
        public IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem) => edges;
    }
}
