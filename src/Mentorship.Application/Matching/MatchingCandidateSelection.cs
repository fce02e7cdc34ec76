namespace Mentorship.Application.Matching;

/// <summary>
/// Finds one mentee's best k candidates (all of them when k is unbounded) without scoring every mentor that shares a
/// tag. A candidate's key is its score, then the lower mentor index (<c>score &lt;&lt; 32 | ~index</c>); the k greatest
/// keys are kept in a small min-heap. Mentors who could earn a place bonus — the mentee's organisation, and the mentee's
/// municipality within each requested tag — are scored first. Then each requested tag's list, rarest tag first: a
/// mentor first met in the j-th list lacks the tags of the lists before it, so shares at most (known tags − j) of the
/// request and earns no place bonus; the list is ordered by load penalty then index, so the bound falls along it and
/// the rest of the list is skipped once the bound cannot beat the k-th best key. The kept set is the same as scoring
/// every candidate: only mentors whose key could not have entered are skipped.
/// </summary>
internal sealed class MatchingCandidateSelection(MatchingMentorIndex index, MatchingScorer scorer, int limit)
{
    private readonly int[] _seenBy = new int[index.Capacities.Length];
    private readonly List<int> _tags = [];
    private long[] _keys = new long[Math.Min(limit, 64)];
    private int _count;
    private int _stamp;

    // The mentee being selected for.
    private int _requestTags;
    private int _formats;
    private int _organization;
    private int _municipality;
    private Guid _person;
    private bool _pruned;

    /// <summary>Adds the mentee's kept candidates to <paramref name="edges"/>, worst first; true when some were cut.</summary>
    public bool Select(MatchingMentee mentee, int menteeIndex, List<MatchingEdge> edges)
    {
        _stamp++;
        _count = 0;
        _pruned = false;
        _tags.Clear();
        var distinct = mentee.RequestTags.Distinct(StringComparer.Ordinal).ToList();
        _requestTags = distinct.Count;
        foreach (var tag in distinct)
        {
            if (index.TagId(tag) is var id and >= 0)
            {
                _tags.Add(id);
            }
        }

        // Rarest first: the long lists of popular tags come last, where the bound cuts them short.
        _tags.Sort((a, b) => index.ByTag[a].Length.CompareTo(index.ByTag[b].Length));
        _formats = MatchingMentorIndex.FormatMask(mentee.PreferredFormats);
        _organization = index.PlaceOf(mentee.OrganizationId);
        _municipality = index.PlaceOf(mentee.MunicipalityId);
        _person = mentee.PersonId;

        foreach (var m in index.InOrganization(_organization))
        {
            Visit(m);
        }

        foreach (var tag in _tags)
        {
            foreach (var m in index.WithTagInMunicipality(tag, _municipality))
            {
                Visit(m);
            }
        }

        for (var j = 0; j < _tags.Count; j++)
        {
            ScanTag(index.ByTag[_tags[j]], _tags.Count - j);
        }

        Array.Sort(_keys, 0, _count);
        for (var i = 0; i < _count; i++)
        {
            edges.Add(new MatchingEdge(~(int)(uint)_keys[i], menteeIndex, (int)(_keys[i] >> 32)));
        }

        return _pruned;
    }

    /// <summary>A tag's list, ordered by load penalty then index; its mentors not met yet share at most <paramref name="sharedAtMost"/> tags.</summary>
    private void ScanTag(int[] mentors, int sharedAtMost)
    {
        for (var i = 0; i < mentors.Length; i++)
        {
            var m = mentors[i];
            if (_count == limit)
            {
                var bound = scorer.Score(sharedAtMost, _requestTags, false, false, _formats != 0, index.LoadPenalties[m]);
                if (Key(bound, m) <= _keys[0])
                {
                    // Every mentor after this one has a bound no greater (a penalty no smaller, or the same and a later index).
                    _pruned = true;
                    return;
                }
            }

            Visit(m);
        }
    }

    /// <summary>Scores a mentor for the mentee once, and keeps the pair if it is among the k best so far.</summary>
    private void Visit(int m)
    {
        if (_seenBy[m] == _stamp)
        {
            return;
        }

        _seenBy[m] = _stamp;
        var shared = 0;
        foreach (var tag in _tags)
        {
            if (index.HasTag(m, tag))
            {
                shared++;
            }
        }

        var sameOrganization = index.Organizations[m] == _organization;
        if (shared == 0 && !sameOrganization)
        {
            return;
        }

        var score = scorer.Score(
            shared,
            _requestTags,
            sameOrganization,
            !sameOrganization && index.Municipalities[m] == _municipality,
            (index.FormatMasks[m] & _formats) != 0,
            index.LoadPenalties[m]);
        if (score <= 0 || index.PersonIds[m] == _person)
        {
            return;
        }

        var key = Key(score, m);
        if (_count < limit)
        {
            Push(key);
            return;
        }

        _pruned = true;
        if (key > _keys[0])
        {
            ReplaceSmallest(key);
        }
    }

    private static long Key(int score, int mentor) => ((long)score << 32) | (uint)~mentor;

    private void Push(long key)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_keys[parent] <= key)
            {
                break;
            }

            _keys[i] = _keys[parent];
            i = parent;
        }

        _keys[i] = key;
    }

    private void ReplaceSmallest(long key)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && _keys[child + 1] < _keys[child])
            {
                child++;
            }

            if (_keys[child] >= key)
            {
                break;
            }

            _keys[i] = _keys[child];
            i = child;
        }

        _keys[i] = key;
    }
}
