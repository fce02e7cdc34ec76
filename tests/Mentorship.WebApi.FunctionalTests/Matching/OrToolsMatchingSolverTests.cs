using Mentorship.Application.Matching;
using Mentorship.Infrastructure.Matching;

namespace Mentorship.WebApi.FunctionalTests.Matching;

public class OrToolsMatchingSolverTests
{
    private const int Instances = 200;

    private readonly OrToolsMatchingSolver _solver = new();

    [Test]
    public void On_small_instances_the_total_equals_the_brute_force_optimum()
    {
        var greedyBelow = 0;
        for (var seed = 1; seed <= Instances; seed++)
        {
            var problem = RandomInstances.Problem(seed);

            var chosen = _solver.Solve(problem);

            problem.EnsureFeasible(chosen);
            var optimum = RandomInstances.BruteForceOptimum(problem);
            MatchingProblem.TotalScore(chosen).Should().Be(optimum, $"seed {seed}");
            var greedy = MatchingProblem.TotalScore(new GreedyMatcher().Solve(problem));
            greedy.Should().BeLessThanOrEqualTo(optimum, $"seed {seed}");
            greedyBelow += greedy < optimum ? 1 : 0;
        }

        greedyBelow.Should().BePositive("some random instances trap the greedy baseline");
    }

    [Test]
    public void Greedy_is_strictly_worse_when_the_best_pair_blocks_two_good_ones()
    {
        var problem = new MatchingProblem([1, 1], 2, [new MatchingEdge(0, 0, 10), new MatchingEdge(1, 0, 9), new MatchingEdge(0, 1, 9)]);

        var optimal = _solver.Solve(problem);
        var greedy = new GreedyMatcher().Solve(problem);

        optimal.Should().BeEquivalentTo([new MatchingEdge(1, 0, 9), new MatchingEdge(0, 1, 9)]);
        MatchingProblem.TotalScore(optimal).Should().Be(18);
        MatchingProblem.TotalScore(greedy).Should().Be(10);
    }

    [Test]
    public void A_strong_pair_is_not_traded_for_two_weak_ones()
    {
        var problem = new MatchingProblem([1], 2, [new MatchingEdge(0, 0, 30), new MatchingEdge(0, 1, 1)]);

        _solver.Solve(problem).Should().Equal(new MatchingEdge(0, 0, 30));
    }

    [Test]
    public void A_mentor_takes_as_many_mentees_as_places_and_no_more()
    {
        var edges = Enumerable.Range(0, 5).Select(e => new MatchingEdge(0, e, 10 + e)).ToArray();

        var chosen = _solver.Solve(new MatchingProblem([3], 5, edges));

        chosen.Select(e => e.MenteeIndex).Should().BeEquivalentTo([2, 3, 4]);
    }

    [Test]
    public void Pairs_without_a_positive_score_and_mentors_without_places_are_never_chosen()
    {
        var problem = new MatchingProblem([1, 0], 3, [new MatchingEdge(0, 0, 0), new MatchingEdge(0, 1, -5), new MatchingEdge(1, 2, 50)]);

        _solver.Solve(problem).Should().BeEmpty();
        _solver.Solve(new MatchingProblem([], 0, [])).Should().BeEmpty();
    }
}
