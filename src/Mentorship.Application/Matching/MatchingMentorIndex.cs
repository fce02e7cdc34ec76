namespace Mentorship.Application.Matching;

/// <summary>
/// The eligible mentors of an input laid out for scoring millions of pairs: flat arrays per mentor (free places, load
/// penalty, format mask, organisation and municipality as small integers, person), a bit set of competence tags per
/// mentor, and lists of mentors by tag, by tag within a municipality and by organisation. Each tag's list is ordered by
/// load penalty, then index, so that the candidate selection can stop reading a list once no mentor left in it can
/// enter a mentee's best k (<see cref="MatchingCandidateSelection"/>). Ineligible mentors have no place and are in no list.
/// </summary>
internal sealed class MatchingMentorIndex
{
    private static readonly int[] None = [];

    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _places = [];
    private readonly Dictionary<int, int[]> _byOrganization;
    private readonly Dictionary<long, int[]> _byTagInMunicipality;

    public MatchingMentorIndex(MatchingInput input, MatchingScorer scorer)
    {
        var mentors = input.Mentors;
        Capacities = new int[mentors.Count];
        LoadPenalties = new int[mentors.Count];
        FormatMasks = new int[mentors.Count];
        Organizations = new int[mentors.Count];
        Municipalities = new int[mentors.Count];
        PersonIds = new Guid[mentors.Count];
        var tagsOf = new List<int>[mentors.Count];
        var byOrganization = new Dictionary<int, List<int>>();
        for (var m = 0; m < mentors.Count; m++)
        {
            var mentor = mentors[m];
            if (MatchingScorer.MentorObstacle(input.Form, mentor) != MatchingObstacle.None)
            {
                continue;
            }

            EligibleMentors++;
            Capacities[m] = mentor.FreeCapacity;
            LoadPenalties[m] = scorer.LoadPenalty(mentor);
            FormatMasks[m] = FormatMask(mentor.PreferredFormats);
            Organizations[m] = Place(mentor.OrganizationId);
            Municipalities[m] = Place(mentor.MunicipalityId);
            PersonIds[m] = mentor.PersonId;
            tagsOf[m] = [];
            foreach (var tag in mentor.CompetenceTags)
            {
                if (!_tagIds.TryGetValue(tag, out var id))
                {
                    id = _tagIds.Count;
                    _tagIds.Add(tag, id);
                }

                if (!tagsOf[m].Contains(id))
                {
                    tagsOf[m].Add(id);
                }
            }

            Listed(byOrganization, Organizations[m]).Add(m);
        }

        TagWords = Math.Max(1, (_tagIds.Count + 63) / 64);
        TagBits = new ulong[mentors.Count * TagWords];
        var byTag = Enumerable.Range(0, _tagIds.Count).Select(_ => new List<int>()).ToArray();
        var byTagInMunicipality = new Dictionary<long, List<int>>();
        for (var m = 0; m < mentors.Count; m++)
        {
            foreach (var tag in tagsOf[m] ?? [])
            {
                TagBits[(m * TagWords) + (tag >> 6)] |= 1UL << (tag & 63);
                byTag[tag].Add(m);
                Listed(byTagInMunicipality, TagInMunicipality(tag, Municipalities[m])).Add(m);
            }
        }

        // By load penalty, then index: the order in which a list's upper bounds fall (see the selection).
        ByTag = byTag.Select(list => list.OrderBy(m => LoadPenalties[m]).ThenBy(m => m).ToArray()).ToArray();
        _byOrganization = byOrganization.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _byTagInMunicipality = byTagInMunicipality.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public int EligibleMentors { get; }

    /// <summary>Free places of eligible mentors, 0 for the others.</summary>
    public int[] Capacities { get; }

    public int[] LoadPenalties { get; }

    public int[] FormatMasks { get; }

    public int[] Organizations { get; }

    public int[] Municipalities { get; }

    public Guid[] PersonIds { get; }

    /// <summary>64-bit words of tag bits per mentor in <see cref="TagBits"/>.</summary>
    public int TagWords { get; }

    public ulong[] TagBits { get; }

    /// <summary>Per tag id, the eligible mentors with that competence, by load penalty then index.</summary>
    public int[][] ByTag { get; }

    public bool HasTag(int mentor, int tag) => ((TagBits[(mentor * TagWords) + (tag >> 6)] >> (tag & 63)) & 1) != 0;

    public int TagId(string tag) => _tagIds.GetValueOrDefault(tag, -1);

    /// <summary>An organisation's or municipality's small integer; −1 when no eligible mentor has it.</summary>
    public int PlaceOf(Guid id) => _places.GetValueOrDefault(id, -1);

    public int[] InOrganization(int organization) => _byOrganization.GetValueOrDefault(organization, None);

    public int[] WithTagInMunicipality(int tag, int municipality) => _byTagInMunicipality.GetValueOrDefault(TagInMunicipality(tag, municipality), None);

    public static int FormatMask(IEnumerable<Domain.Programmes.MentoringFormat> formats) =>
        formats.Aggregate(0, (mask, format) => mask | (1 << (int)format));

    private static long TagInMunicipality(int tag, int municipality) => ((long)tag << 32) | (uint)municipality;

    private static List<int> Listed<TKey>(Dictionary<TKey, List<int>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }

    private int Place(Guid id)
    {
        if (!_places.TryGetValue(id, out var place))
        {
            place = _places.Count;
            _places.Add(id, place);
        }

        return place;
    }
}
