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

    [Test]
    public void The_best_k_found_by_bounds_are_the_best_k_of_every_candidate()
    {
        for (var seed = 1; seed <= 30; seed++)
        {
            var input = Crowded(seed);
            var everyCandidate = BruteForce(input);

            MatchingCandidates.Build(input, MatchingScorer.Default).Problem.Edges.Should()
                .BeEquivalentTo(everyCandidate, $"seed {seed}: unpruned, every candidate");
            foreach (var k in new[] { 1, 2, 3, 7, 20 })
            {
                var best = everyCandidate.GroupBy(e => e.MenteeIndex)
                    .SelectMany(g => g.OrderByDescending(e => e.Score).ThenBy(e => e.MentorIndex).Take(k));

                var candidates = MatchingCandidates.Build(input with { MaxCandidatesPerMentee = k }, MatchingScorer.Default);

                candidates.Problem.Edges.Should().BeEquivalentTo(best, $"seed {seed}, k {k}");
                for (var e = 0; e < input.Mentees.Count; e++)
                {
                    if (everyCandidate.Count(edge => edge.MenteeIndex == e) > k)
                    {
                        candidates.Pruned[e].Should().BeTrue($"seed {seed}, k {k}: mentee {e} lost candidates");
                    }
                }
            }
        }
    }

    [Test]
    public void A_large_bank_gets_the_same_candidates_in_mentee_order_as_one_pass_would_give()
    {
        // Thousands of mentees are selected for in blocks on all cores: the joined edges are each mentee's best k,
        // worst first, mentee after mentee, exactly as a single pass lists them.
        var input = Crowded(seed: 7, menteeCount: 3_500);
        const int k = 5;
        var expected = BruteForce(input).GroupBy(e => e.MenteeIndex).OrderBy(g => g.Key)
            .SelectMany(g => g.OrderByDescending(e => e.Score).ThenBy(e => e.MentorIndex).Take(k).Reverse());

        var candidates = MatchingCandidates.Build(input with { MaxCandidatesPerMentee = k }, MatchingScorer.Default);

        candidates.Problem.Edges.Should().Equal(expected);
        candidates.EligibleMentees.Should().Be(input.Mentees.Count(m => MatchingScorer.MenteeObstacle(input.Form, m) == MatchingObstacle.None));
    }

    /// <summary>
    /// Many mentors on few topics (one of them asked for by nearly everyone), two towns and three schools, loads,
    /// formats, a few without consent or place, one person in both banks: lots of ties at every cut.
    /// </summary>
    private static MatchingInput Crowded(int seed, int menteeCount = 150)
    {
        var random = new Random(seed);
        string[] topics = ["математика", "математика", "математика", "физика", "химия", "чтение", "робототехника", "шахматы"];
        Guid[] towns = [Town, OtherTown];
        var schools = new[] { (School, Town), (OtherSchool, Town), (Guid.CreateVersion7(), OtherTown) };
        var formats = Enum.GetValues<Domain.Programmes.MentoringFormat>();
        var mentors = Enumerable.Range(0, 60).Select(_ =>
        {
            var (school, town) = schools[random.Next(schools.Length)];
            var capacity = random.Next(1, 6);
            return Mentor(Pick(topics, random.Next(1, 4)), capacity, random.Next(0, capacity + 1), school, town,
                consent: random.NextDouble() < 0.95, formats: random.NextDouble() < 0.5 ? [formats[random.Next(formats.Length)]] : []);
        }).ToArray();
        var mentees = Enumerable.Range(0, menteeCount).Select(_ =>
        {
            var (school, town) = random.NextDouble() < 0.1 ? (Guid.CreateVersion7(), towns[random.Next(2)]) : schools[random.Next(schools.Length)];
            return Mentee(Pick([.. topics, "астрономия"], random.Next(1, 4)), school, town,
                formats: random.NextDouble() < 0.5 ? [formats[random.Next(formats.Length)]] : []);
        }).ToArray();
        mentees[0] = mentees[0] with { PersonId = mentors[0].PersonId };
        return Input(mentors, mentees);

        string[] Pick(string[] from, int count) => Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]).ToArray();
    }

    /// <summary>The definition, pair by pair: compatible, sharing a tag or the organisation, scoring above zero.</summary>
    private static List<MatchingEdge> BruteForce(MatchingInput input)
    {
        var edges = new List<MatchingEdge>();
        for (var e = 0; e < input.Mentees.Count; e++)
        {
            for (var m = 0; m < input.Mentors.Count; m++)
            {
                var (mentor, mentee) = (input.Mentors[m], input.Mentees[e]);
                var score = MatchingScorer.Default.Explain(mentor, mentee);
                if (MatchingScorer.Obstacle(input.Form, mentor, mentee) == MatchingObstacle.None
                    && (score.SharedTags.Count > 0 || mentor.OrganizationId == mentee.OrganizationId) && score.Total > 0)
                {
                    edges.Add(new MatchingEdge(m, e, score.Total));
                }
            }
        }

        return edges;
    }
}
