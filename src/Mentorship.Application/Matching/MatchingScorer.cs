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
    public MatchingScore Explain(MatchingMentor mentor, MatchingMentee mentee)
    {
        var requested = mentee.RequestTags.Distinct(StringComparer.Ordinal).ToList();
        var competences = mentor.CompetenceTags.ToHashSet(StringComparer.Ordinal);
        var shared = requested.Where(competences.Contains).ToList();
        var sharedFormats = mentor.PreferredFormats.Intersect(mentee.PreferredFormats).Order().ToList();
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
    public static IReadOnlyList<string> Reasons(MatchingMentor mentor, MatchingScore score)
    {
        var reasons = new List<string> { Catalogue.Text("matching.reason.score", score.Total) };
        if (score.TagPoints > 0)
        {
            reasons.Add(Catalogue.Text("matching.reason.shared_tags", string.Join(", ", score.SharedTags), score.TagPoints));
        }

        if (score.CoveragePoints > 0)
        {
            reasons.Add(Catalogue.Text("matching.reason.whole_request", score.CoveragePoints));
        }

        if (score.OrganizationPoints > 0)
        {
            reasons.Add(Catalogue.Text("matching.reason.same_organization", score.OrganizationPoints));
        }

        if (score.MunicipalityPoints > 0)
        {
            reasons.Add(Catalogue.Text("matching.reason.same_municipality", score.MunicipalityPoints));
        }

        if (score.FormatPoints > 0)
        {
            reasons.Add(Catalogue.Text("matching.reason.shared_format", string.Join(", ", score.SharedFormats.Select(ReferenceTitles.Of)), score.FormatPoints));
        }

        if (score.LoadPenalty > 0)
        {
            reasons.Add(Catalogue.Text("matching.reason.load", mentor.CurrentLoad, mentor.Capacity, score.LoadPenalty));
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
}
