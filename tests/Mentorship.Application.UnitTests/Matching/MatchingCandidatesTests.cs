using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using static Mentorship.Application.UnitTests.Matching.Pairs;

namespace Mentorship.Application.UnitTests.Matching;

public class MatchingCandidatesTests
{
    [Test]
    public void Only_pairs_sharing_a_tag_or_the_organisation_are_candidates()
    {
        var mentors = new[]
        {
            Mentor(tags: ["математика"]),
            Mentor(tags: ["химия"], organization: School),
            Mentor(tags: ["химия"], organization: OtherSchool, municipality: Town),
        };
        var mentees = new[] { Mentee(tags: ["математика"], organization: School, municipality: Town) };

        var edges = MatchingCandidates.Build(Input(mentors, mentees), MatchingScorer.Default).Problem.Edges;

        edges.Select(e => e.MentorIndex).Should().BeEquivalentTo([0, 1]);
    }

    [Test]
    public void Mentors_and_mentees_who_break_a_rule_get_no_candidate_and_no_place()
    {
        var mentors = new[]
        {
            Mentor(),
            Mentor(consent: false),
            Mentor(category: PersonCategory.Parent),
            Mentor(capacity: 2, load: 2),
        };
        var mentees = new[] { Mentee(), Mentee(consent: false), Mentee(category: PersonCategory.Student) };

        var candidates = MatchingCandidates.Build(Input(mentors, mentees), MatchingScorer.Default);

        candidates.Problem.Edges.Should().ContainSingle().Which.Should().Be(new MatchingEdge(0, 0, 15));
        candidates.Problem.MentorCapacities.Should().Equal(3, 0, 0, 0);
        candidates.EligibleMentors.Should().Be(1);
        candidates.EligibleMentees.Should().Be(1);
    }

    [Test]
    public void Each_mentee_keeps_only_its_best_candidates()
    {
        var mentors = new[]
        {
            Mentor(tags: ["математика"]),
            Mentor(tags: ["математика", "физика"]),
            Mentor(tags: ["математика"], organization: School),
            Mentor(tags: ["физика"]),
        };
        var mentees = new[] { Mentee(tags: ["математика", "физика"]) };

        var edges = MatchingCandidates.Build(Input(mentors, mentees) with { MaxCandidatesPerMentee = 2 }, MatchingScorer.Default).Problem.Edges;

        edges.Should().BeEquivalentTo([new MatchingEdge(1, 0, 25), new MatchingEdge(2, 0, 16)]);
    }

    [Test]
    public void Ties_at_the_cut_go_to_the_mentor_listed_first()
    {
        var mentors = Enumerable.Range(0, 5).Select(_ => Mentor()).ToArray();

        var edges = MatchingCandidates.Build(Input(mentors, [Mentee()]) with { MaxCandidatesPerMentee = 3 }, MatchingScorer.Default).Problem.Edges;

        edges.Select(e => e.MentorIndex).Should().BeEquivalentTo([0, 1, 2]);
    }

    [Test]
    public void A_candidate_score_is_the_score_the_proposal_explains()
    {
        var mentors = new[]
        {
            Mentor(tags: ["математика", "физика", "математика"], capacity: 5, load: 3, organization: School),
            Mentor(tags: ["физика"], municipality: Town, formats: [Domain.Programmes.MentoringFormat.Flash]),
        };
        var mentees = new[]
        {
            Mentee(tags: ["физика", "математика"], formats: [Domain.Programmes.MentoringFormat.Flash]),
            Mentee(tags: ["физика", "физика"], organization: OtherSchool),
        };
        var input = Input(mentors, mentees);

        var edges = MatchingCandidates.Build(input, MatchingScorer.Default).Problem.Edges;

        edges.Should().HaveCount(4);
        foreach (var edge in edges)
        {
            edge.Score.Should().Be(MatchingScorer.Default.Explain(mentors[edge.MentorIndex], mentees[edge.MenteeIndex]).Total, $"edge {edge}");
        }
    }

    [Test]
    public void Pairs_that_score_nothing_are_left_out()
    {
        var weights = MatchingWeights.Default with { SameOrganization = 2, FullLoadPenalty = 4 };
        var busyColleague = Mentor(tags: ["химия"], organization: School, capacity: 4, load: 3);

        var edges = MatchingCandidates.Build(Input([busyColleague], [Mentee()]), new MatchingScorer(weights)).Problem.Edges;

        edges.Should().BeEmpty();
    }
}
