using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Matching;

namespace Mentorship.WebApi.FunctionalTests.Matching;

/// <summary>Candidates pruned to each mentee's best k before OR-Tools, against every candidate pair.</summary>
public class MatchingPruningTests
{
    private static readonly Guid School = Guid.CreateVersion7();
    private static readonly Guid Town = Guid.CreateVersion7();

    private readonly MatchingEngine _engine = new(new OrToolsMatchingSolver(), MatchingScorer.Default);

    [Test]
    public void Keeping_more_candidates_than_any_mentee_has_gives_exactly_the_unpruned_proposals()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var input = RandomInstances.Network(seed, mentors: 30, mentees: 200);

            var unpruned = _engine.Propose(input with { MaxCandidatesPerMentee = null });
            var noCut = _engine.Propose(input with { MaxCandidatesPerMentee = 0 });
            var large = _engine.Propose(input with { MaxCandidatesPerMentee = input.Mentors.Count });

            unpruned.Proposals.Should().NotBeEmpty($"seed {seed}");
            large.TotalScore.Should().Be(unpruned.TotalScore, $"seed {seed}");
            large.CandidateCount.Should().Be(unpruned.CandidateCount, $"seed {seed}");
            Pairs(large).Should().Equal(Pairs(unpruned), $"seed {seed}");
            Pairs(noCut).Should().Equal(Pairs(unpruned), $"seed {seed}: 0 prunes nothing");
        }
    }

    [Test]
    public void With_few_candidates_per_mentee_every_proposal_keeps_the_form_the_consents_and_the_capacities()
    {
        foreach (var k in new[] { 1, 2, 3, 5 })
        {
            for (var seed = 1; seed <= 15; seed++)
            {
                var input = RandomInstances.Network(seed, mentors: 30, mentees: 200);
                var because = $"k {k}, seed {seed}";

                var unpruned = _engine.Propose(input);
                var pruned = _engine.Propose(input with { MaxCandidatesPerMentee = k });

                pruned.CandidateCount.Should().BeLessThan(unpruned.CandidateCount, because);
                pruned.TotalScore.Should().BeLessThanOrEqualTo(unpruned.TotalScore, because).And.Be(pruned.Proposals.Sum(p => (long)p.Score), because);
                pruned.Proposals.Select(p => p.Mentee.Id).Should().OnlyHaveUniqueItems(because);
                (pruned.Proposals.Count + pruned.Unmatched.Count).Should().Be(input.Mentees.Count, because);
                foreach (var proposal in pruned.Proposals)
                {
                    MatchingScorer.Obstacle(input.Form, proposal.Mentor, proposal.Mentee).Should().Be(MatchingObstacle.None, because);
                    proposal.Mentor.HasActiveConsent.Should().BeTrue(because);
                    proposal.Mentee.HasActiveConsent.Should().BeTrue(because);
                    proposal.Score.Should().BePositive(because).And.Be(MatchingScorer.Default.Explain(proposal.Mentor, proposal.Mentee).Total, because);
                }

                foreach (var mentor in pruned.Proposals.GroupBy(p => p.Mentor.Id))
                {
                    mentor.Count().Should().BeLessThanOrEqualTo(mentor.First().Mentor.FreeCapacity, because);
                }

                NoMentorWithAPlaceFor(input, pruned, because);
            }
        }
    }

    [Test]
    public void A_mentee_whose_best_mentors_are_taken_still_gets_a_weaker_mentor_with_a_place()
    {
        var physicist = Mentor(1, "математика", "физика");
        var mathematician = Mentor(1, "математика");
        var first = Mentee("математика", "физика");
        var second = Mentee("математика", "физика");
        var input = new MatchingInput(MentoringForm.TeacherPupil, [physicist, mathematician], [first, second]) { MaxCandidatesPerMentee = 1 };

        var pruned = _engine.Propose(input);
        var unpruned = _engine.Propose(input with { MaxCandidatesPerMentee = null });

        pruned.CandidateCount.Should().Be(3, "each mentee keeps the physicist only, then the one left over gets the mathematician");
        pruned.Unmatched.Should().BeEmpty();
        pruned.Proposals.Select(p => p.Mentor).Should().BeEquivalentTo([physicist, mathematician]);
        pruned.TotalScore.Should().Be(unpruned.TotalScore);
    }

    [Test]
    public void Keeping_as_many_candidates_as_the_most_sought_mentee_has_gives_exactly_the_unpruned_optimum()
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var input = RandomInstances.Network(seed, mentors: 30, mentees: 200);
            var most = MatchingCandidates.Build(input, MatchingScorer.Default).Problem.Edges.CountBy(e => e.MenteeIndex).Max(c => c.Value);

            var unpruned = _engine.Propose(input);
            var pruned = _engine.Propose(input with { MaxCandidatesPerMentee = most });

            pruned.TotalScore.Should().Be(unpruned.TotalScore, $"seed {seed}, k {most}");
            Pairs(pruned).Should().Equal(Pairs(unpruned), $"seed {seed}, k {most}");
        }
    }

    [Test]
    public void With_one_candidate_per_mentee_every_place_is_filled_and_none_twice()
    {
        var best = Mentor(1, "математика", "физика");
        var good = Mentor(2, "математика");
        var mentees = Enumerable.Range(0, 6).Select(_ => Mentee("математика", "физика")).ToArray();
        var input = new MatchingInput(MentoringForm.TeacherPupil, [best, good], mentees) { MaxCandidatesPerMentee = 1 };

        var pruned = _engine.Propose(input);

        pruned.Proposals.Should().HaveCount(3);
        pruned.Proposals.Count(p => p.Mentor == best).Should().Be(1);
        pruned.Proposals.Count(p => p.Mentor == good).Should().Be(2);
        pruned.Proposals.Select(p => p.Mentee.Id).Should().OnlyHaveUniqueItems();
        pruned.Unmatched.Should().HaveCount(3);
        pruned.TotalScore.Should().Be(_engine.Propose(input with { MaxCandidatesPerMentee = null }).TotalScore);
    }

    private static IEnumerable<(Guid Mentor, Guid Mentee, int Score)> Pairs(MatchingResult result) =>
        result.Proposals.Select(p => (p.Mentor.Id, p.Mentee.Id, p.Score)).OrderBy(p => p.Item2);

    /// <summary>No unmatched mentee has a candidate mentor (a shared tag or school, a positive score) with a place left.</summary>
    private static void NoMentorWithAPlaceFor(MatchingInput input, MatchingResult result, string because)
    {
        var taken = result.Proposals.CountBy(p => p.Mentor.Id).ToDictionary();
        var withPlaces = input.Mentors.Where(m => m.FreeCapacity > taken.GetValueOrDefault(m.Id)).ToList();
        foreach (var unmatched in result.Unmatched)
        {
            foreach (var mentor in withPlaces)
            {
                var score = MatchingScorer.Default.Explain(mentor, unmatched.Mentee);
                var candidate = MatchingScorer.Obstacle(input.Form, mentor, unmatched.Mentee) == MatchingObstacle.None
                    && (score.SharedTags.Count > 0 || mentor.OrganizationId == unmatched.Mentee.OrganizationId) && score.Total > 0;
                candidate.Should().BeFalse($"{because}: mentor {mentor.Id} has a place for mentee {unmatched.Mentee.Id}");
            }
        }
    }

    private static MatchingMentor Mentor(int capacity, params string[] tags) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Teacher, Guid.CreateVersion7(), Town, capacity, 0, tags, [], HasActiveConsent: true);

    private static MatchingMentee Mentee(params string[] tags) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Pupil, School, Town, tags, [], HasActiveConsent: true);
}
