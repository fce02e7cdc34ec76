namespace Mentorship.Application.Matching;

/// <summary>
/// The sparse candidate pairs of an input. Only compatible pairs that share at least one tag or the organisation
/// are scored: mentors are indexed by tag and by organisation, so a regional instance (tens of thousands of
/// mentees, thousands of mentors) never builds the full product of the two banks. Each mentee keeps its
/// <see cref="MatchingInput.MaxCandidatesPerMentee"/> best candidates (all of them when it is null or 0), ties going
/// to the mentor listed first; a mentee with any candidate keeps at least one.
/// </summary>
public sealed class MatchingCandidates
{
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

        var mentors = input.Mentors;
        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentorsByTag = new List<List<int>>();
        var mentorsByOrganization = new Dictionary<Guid, List<int>>();
        var capacities = new int[mentors.Count];
        var loadPenalties = new int[mentors.Count];
        var formatMasks = new int[mentors.Count];
        // Places as small integers: the inner loop compares them for millions of pairs, and reading them from
        // arrays rather than from each mentor's record keeps it in the cache.
        var places = new Dictionary<Guid, int>();
        var mentorOrganizations = new int[mentors.Count];
        var mentorMunicipalities = new int[mentors.Count];
        var eligibleMentors = 0;
        for (var m = 0; m < mentors.Count; m++)
        {
            var mentor = mentors[m];
            if (MatchingScorer.MentorObstacle(input.Form, mentor) != MatchingObstacle.None)
            {
                continue;
            }

            eligibleMentors++;
            capacities[m] = mentor.FreeCapacity;
            loadPenalties[m] = scorer.LoadPenalty(mentor);
            formatMasks[m] = FormatMask(mentor.PreferredFormats);
            mentorOrganizations[m] = Place(mentor.OrganizationId);
            mentorMunicipalities[m] = Place(mentor.MunicipalityId);
            foreach (var tag in mentor.CompetenceTags.Distinct(StringComparer.Ordinal))
            {
                if (!tagIds.TryGetValue(tag, out var id))
                {
                    id = tagIds.Count;
                    tagIds.Add(tag, id);
                    mentorsByTag.Add([]);
                }

                mentorsByTag[id].Add(m);
            }

            if (!mentorsByOrganization.TryGetValue(mentor.OrganizationId, out var colleagues))
            {
                mentorsByOrganization[mentor.OrganizationId] = colleagues = [];
            }

            colleagues.Add(m);
        }

        var edges = new List<MatchingEdge>();
        var sharedTags = new int[mentors.Count];
        var seenBy = new int[mentors.Count];
        var touched = new List<int>();
        var best = new PriorityQueue<int, long>(Math.Min(limit, 256) + 1);
        var requestTags = new HashSet<string>(StringComparer.Ordinal);
        var pruned = new bool[input.Mentees.Count];
        var eligibleMentees = 0;
        for (var e = 0; e < input.Mentees.Count; e++)
        {
            var mentee = input.Mentees[e];
            if (MatchingScorer.MenteeObstacle(input.Form, mentee) != MatchingObstacle.None)
            {
                continue;
            }

            eligibleMentees++;
            var stamp = e + 1;
            requestTags.Clear();
            foreach (var tag in mentee.RequestTags)
            {
                if (requestTags.Add(tag) && tagIds.TryGetValue(tag, out var id))
                {
                    foreach (var m in mentorsByTag[id])
                    {
                        Touch(m);
                        sharedTags[m]++;
                    }
                }
            }

            if (mentorsByOrganization.TryGetValue(mentee.OrganizationId, out var sameOrganization))
            {
                foreach (var m in sameOrganization)
                {
                    Touch(m);
                }
            }

            var menteeFormats = FormatMask(mentee.PreferredFormats);
            var menteeOrganization = places.GetValueOrDefault(mentee.OrganizationId, -1);
            var menteeMunicipality = places.GetValueOrDefault(mentee.MunicipalityId, -1);
            foreach (var m in touched)
            {
                var isSameOrganization = mentorOrganizations[m] == menteeOrganization;
                var score = scorer.Score(
                    sharedTags[m],
                    requestTags.Count,
                    isSameOrganization,
                    !isSameOrganization && mentorMunicipalities[m] == menteeMunicipality,
                    (formatMasks[m] & menteeFormats) != 0,
                    loadPenalties[m]);
                sharedTags[m] = 0;
                if (score <= 0)
                {
                    continue;
                }

                if (mentors[m].PersonId == mentee.PersonId)
                {
                    continue;
                }

                // Higher key = better: the score, then the lower mentor index. The queue drops its smallest.
                var key = ((long)score << 32) | (uint)~m;
                if (best.Count < limit)
                {
                    best.Enqueue(m, key);
                    continue;
                }

                pruned[e] = true;
                if (best.TryPeek(out _, out var worst) && key > worst)
                {
                    best.EnqueueDequeue(m, key);
                }
            }

            while (best.TryDequeue(out var m, out var key))
            {
                edges.Add(new MatchingEdge(m, e, (int)(key >> 32)));
            }

            touched.Clear();

            void Touch(int m)
            {
                if (seenBy[m] != stamp)
                {
                    seenBy[m] = stamp;
                    touched.Add(m);
                }
            }
        }

        return new MatchingCandidates(input, new MatchingProblem(capacities, input.Mentees.Count, edges), eligibleMentors, eligibleMentees) { Pruned = pruned };

        int Place(Guid id)
        {
            if (!places.TryGetValue(id, out var place))
            {
                place = places.Count;
                places.Add(id, place);
            }

            return place;
        }
    }

    private static int FormatMask(IEnumerable<Domain.Programmes.MentoringFormat> formats) =>
        formats.Aggregate(0, (mask, format) => mask | (1 << (int)format));
}
