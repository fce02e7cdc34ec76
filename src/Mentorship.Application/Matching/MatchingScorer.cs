using Mentorship.Application.Common.Localization;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Matching;

/// <summary>Why a mentor and a mentee cannot be paired.</summary>
public enum MatchingObstacle
{
    None = 0,
    MentorCategoryNotInForm,
    MenteeCategoryNotInForm,
    MenteeWithoutSpecialNeeds,
    MentorWithoutConsent,
    MenteeWithoutConsent,
    MentorWithoutFreeCapacity,
    SamePerson,
}

/// <summary>
/// Decides whether a mentor and a mentee are compatible (the form allows their categories, both have an active
/// consent, the mentor has a free place) and how well they fit, with the weights of <see cref="MatchingWeights"/>.
/// </summary>
public sealed class MatchingScorer
{
    public MatchingScorer(MatchingWeights weights)
    {
        // Weights are not negative; the load penalty is subtracted.
        ArgumentOutOfRangeException.ThrowIfNegative(weights.SharedTag);
        ArgumentOutOfRangeException.ThrowIfNegative(weights.WholeRequestCovered);
        ArgumentOutOfRangeException.ThrowIfNegative(weights.SameOrganization);
        ArgumentOutOfRangeException.ThrowIfNegative(weights.SameMunicipality);
        ArgumentOutOfRangeException.ThrowIfNegative(weights.SharedFormat);
        ArgumentOutOfRangeException.ThrowIfNegative(weights.FullLoadPenalty);
        Weights = weights;
    }

    public static MatchingScorer Default { get; } = new(MatchingWeights.Default);

    public MatchingWeights Weights { get; }

    /// <summary>Above this many competences, <see cref="Explain"/> looks a mentee's tags up in a set, not a list.</summary>
    internal const int LinearSearchLimit = 16;

    public static MatchingObstacle MentorObstacle(MentoringForm form, MatchingMentor mentor)
    {
        if (!FormRules.For(form).MentorCategories.Contains(mentor.Category))
        {
            return MatchingObstacle.MentorCategoryNotInForm;
        }

        if (!mentor.HasActiveConsent)
        {
            return MatchingObstacle.MentorWithoutConsent;
        }

        return mentor.FreeCapacity > 0 ? MatchingObstacle.None : MatchingObstacle.MentorWithoutFreeCapacity;
    }

    public static MatchingObstacle MenteeObstacle(MentoringForm form, MatchingMentee mentee)
    {
        if (!FormRules.For(form).MenteeCategories.Contains(mentee.Category))
        {
            return MatchingObstacle.MenteeCategoryNotInForm;
        }

        if (FormRules.IsForChildrenWithSpecialNeeds(form) && !mentee.HasSpecialNeeds)
        {
            return MatchingObstacle.MenteeWithoutSpecialNeeds;
        }

        return mentee.HasActiveConsent ? MatchingObstacle.None : MatchingObstacle.MenteeWithoutConsent;
    }

    public static MatchingObstacle Obstacle(MentoringForm form, MatchingMentor mentor, MatchingMentee mentee)
    {
        var obstacle = MentorObstacle(form, mentor);
        if (obstacle == MatchingObstacle.None)
        {
            obstacle = MenteeObstacle(form, mentee);
        }

        // The form PupilPupil can have one pupil in both banks.
        return obstacle == MatchingObstacle.None && mentor.PersonId == mentee.PersonId ? MatchingObstacle.SamePerson : obstacle;
    }

    /// <summary>The obstacle in the request's language (display texts <c>matching.obstacle.*</c>).</summary>
    public static string Describe(MatchingObstacle obstacle) => Catalogue.Text($"matching.obstacle.{obstacle}");

    public int LoadPenalty(MatchingMentor mentor) =>
        mentor.Capacity <= 0 ? 0 : Weights.FullLoadPenalty * Math.Clamp(mentor.CurrentLoad, 0, mentor.Capacity) / mentor.Capacity;

    /// <summary>The score of a pair with the mentor and mentee in full, its parts for the explanation.</summary>
    /// <remarks>
    /// Loops over the short tag and format lists rather than sets and LINQ: a region's run explains tens of thousands
    /// of pairs, and the sets cost more to build than the few comparisons they save. A long competence list (over
    /// <see cref="LinearSearchLimit"/> tags) is still put in a set.
    /// </remarks>
    public MatchingScore Explain(MatchingMentor mentor, MatchingMentee mentee)
    {
        var requested = new List<string>(mentee.RequestTags.Count);
        foreach (var tag in mentee.RequestTags)
        {
            if (!ContainsOrdinal(requested, tag))
            {
                requested.Add(tag);
            }
        }

        var competences = mentor.CompetenceTags;
        var competenceSet = competences.Count > LinearSearchLimit ? competences.ToHashSet(StringComparer.Ordinal) : null;
        var shared = new List<string>(requested.Count);
        foreach (var tag in requested)
        {
            if (competenceSet?.Contains(tag) ?? ContainsOrdinal(competences, tag))
            {
                shared.Add(tag);
            }
        }

        var sharedFormats = new List<MentoringFormat>();
        foreach (var format in mentor.PreferredFormats)
        {
            if (mentee.PreferredFormats.Contains(format) && !sharedFormats.Contains(format))
            {
                sharedFormats.Add(format);
            }
        }

        sharedFormats.Sort();
        var sameOrganization = mentor.OrganizationId == mentee.OrganizationId;
        var sameMunicipality = !sameOrganization && mentor.MunicipalityId == mentee.MunicipalityId;
        return new MatchingScore(
            shared,
            TagPoints: shared.Count * Weights.SharedTag,
            CoveragePoints: Covers(shared.Count, requested.Count) ? Weights.WholeRequestCovered : 0,
            OrganizationPoints: sameOrganization ? Weights.SameOrganization : 0,
            MunicipalityPoints: sameMunicipality ? Weights.SameMunicipality : 0,
            sharedFormats,
            FormatPoints: sharedFormats.Count > 0 ? Weights.SharedFormat : 0,
            LoadPenalty: LoadPenalty(mentor));
    }

    /// <summary>Why the pair was proposed, one line per part of the score, in the request's language.</summary>
    public static IReadOnlyList<string> Reasons(MatchingMentor mentor, MatchingScore score) => Reasons(mentor, score, MatchingReasonTexts.Current());

    /// <summary>Why the pair was proposed, with the texts of the reasons looked up once for a whole run.</summary>
    public static IReadOnlyList<string> Reasons(MatchingMentor mentor, MatchingScore score, MatchingReasonTexts texts)
    {
        var reasons = new List<string>(4) { texts.Format(texts.Score, score.Total) };
        if (score.TagPoints > 0)
        {
            reasons.Add(texts.Format(texts.SharedTags, string.Join(", ", score.SharedTags), score.TagPoints));
        }

        if (score.CoveragePoints > 0)
        {
            reasons.Add(texts.Format(texts.WholeRequest, score.CoveragePoints));
        }

        if (score.OrganizationPoints > 0)
        {
            reasons.Add(texts.Format(texts.SameOrganization, score.OrganizationPoints));
        }

        if (score.MunicipalityPoints > 0)
        {
            reasons.Add(texts.Format(texts.SameMunicipality, score.MunicipalityPoints));
        }

        if (score.FormatPoints > 0)
        {
            reasons.Add(texts.Format(texts.SharedFormat, string.Join(", ", score.SharedFormats.Select(texts.Title)), score.FormatPoints));
        }

        if (score.LoadPenalty > 0)
        {
            reasons.Add(texts.Format(texts.Load, mentor.CurrentLoad, mentor.Capacity, score.LoadPenalty));
        }

        return reasons;
    }

    /// <summary>
    /// The same score as <see cref="Explain"/> from counts the candidate builder already has, so that millions of
    /// pairs are scored without building their tag lists.
    /// </summary>
    internal int Score(int sharedTags, int requestTags, bool sameOrganization, bool sameMunicipality, bool sharedFormat, int loadPenalty) =>
        (sharedTags * Weights.SharedTag)
        + (Covers(sharedTags, requestTags) ? Weights.WholeRequestCovered : 0)
        + (sameOrganization ? Weights.SameOrganization : sameMunicipality ? Weights.SameMunicipality : 0)
        + (sharedFormat ? Weights.SharedFormat : 0)
        - loadPenalty;

    private static bool Covers(int sharedTags, int requestTags) => requestTags > 0 && sharedTags == requestTags;

    private static bool ContainsOrdinal(IReadOnlyList<string> tags, string tag)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.Equals(tags[i], tag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
