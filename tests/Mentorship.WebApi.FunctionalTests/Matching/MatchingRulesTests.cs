using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Matching;

namespace Mentorship.WebApi.FunctionalTests.Matching;

public class MatchingRulesTests
{
    private static readonly Guid School = Guid.CreateVersion7();
    private static readonly Guid Town = Guid.CreateVersion7();

    private readonly MatchingEngine _engine = new(new OrToolsMatchingSolver(), MatchingScorer.Default);

    [Test]
    public void No_proposal_breaks_a_form_rule_a_missing_consent_or_a_capacity()
    {
        var proposals = 0;
        for (var seed = 1; seed <= 300; seed++)
        {
            var input = RandomInstances.Input(seed);

            var result = _engine.Propose(input);

            proposals += result.Proposals.Count;
            var rule = FormRules.For(input.Form);
            foreach (var proposal in result.Proposals)
            {
                var (mentor, mentee) = (proposal.Mentor, proposal.Mentee);
                var because = $"seed {seed}, form {input.Form}";
                rule.Allows(mentor.Category, mentee.Category).Should().BeTrue(because);
                (mentee.HasSpecialNeeds || !FormRules.IsForChildrenWithSpecialNeeds(input.Form)).Should().BeTrue(because);
                mentor.HasActiveConsent.Should().BeTrue(because);
                mentee.HasActiveConsent.Should().BeTrue(because);
                mentor.PersonId.Should().NotBe(mentee.PersonId, because);
                (proposal.SharedTags.Count > 0 || mentor.OrganizationId == mentee.OrganizationId).Should().BeTrue(because);
                proposal.SharedTags.Should().BeSubsetOf(mentor.CompetenceTags, because).And.BeSubsetOf(mentee.RequestTags, because);
                proposal.Score.Should().BePositive(because).And.Be(MatchingScorer.Default.Explain(mentor, mentee).Total, because);
                proposal.Reasons.Should().NotBeEmpty(because);
            }

            result.Proposals.Select(p => p.Mentee.Id).Should().OnlyHaveUniqueItems($"seed {seed}");
            result.Proposals.GroupBy(p => p.Mentor).Where(g => g.Count() > g.Key.Capacity - g.Key.CurrentLoad).Should().BeEmpty($"seed {seed}");
            (result.Proposals.Count + result.Unmatched.Count).Should().Be(input.Mentees.Count);

            var candidates = MatchingCandidates.Build(input, MatchingScorer.Default);
            result.TotalScore.Should().Be(RandomInstances.BruteForceOptimum(candidates.Problem), $"seed {seed}");
        }

        proposals.Should().BeGreaterThan(100, "the instances must propose enough pairs to test anything");
    }

    [Test]
    public void The_optimal_proposals_beat_greedy_when_the_best_pair_takes_the_only_mentor_of_a_colleague()
    {
        var otherSchool = Guid.CreateVersion7();
        var physicist = Mentor(["математика", "физика"], School);
        var mathematician = Mentor(["математика"], otherSchool);
        var wantsBoth = Mentee(["математика", "физика"], otherSchool);
        var wantsPhysics = Mentee(["физика"], School);
        var input = new MatchingInput(MentoringForm.TeacherPupil, [physicist, mathematician], [wantsBoth, wantsPhysics]);

        var optimal = _engine.Propose(input);
        var greedy = new MatchingEngine(new GreedyMatcher(), MatchingScorer.Default).Propose(input);

        optimal.Proposals.Select(p => (p.Mentor, p.Mentee)).Should().BeEquivalentTo([(mathematician, wantsBoth), (physicist, wantsPhysics)]);
        optimal.TotalScore.Should().Be(16 + 21);
        greedy.Proposals.Select(p => (p.Mentor, p.Mentee)).Should().Equal((physicist, wantsBoth));
        greedy.TotalScore.Should().Be(28).And.BeLessThan(optimal.TotalScore);
    }

    private static MatchingMentor Mentor(string[] tags, Guid organization) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Teacher, organization, Town, 1, 0, tags, [], true);

    private static MatchingMentee Mentee(string[] tags, Guid organization) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Pupil, organization, Town, tags, [], true);
}
