namespace Mentorship.Domain.Common;

/// <summary>
/// Tags of mentors' competences and mentees' requests. Matching compares them as they are stored, so they are
/// normalised once here with <see cref="SearchText"/>: lower case, ё → е, white space collapsed.
/// </summary>
public static class Tags
{
    public static string Normalize(string? tag, string field = "tags")
    {
        return SearchText.Normalize(Guard.NotBlank(tag, field, TextLengths.Tag));
    }

    /// <summary>Normalised, without duplicates, in the order first given.</summary>
    public static IReadOnlyList<string> NormalizeAll(IEnumerable<string>? tags, string field = "tags") =>
        (tags ?? []).Select(t => Normalize(t, field)).Distinct(StringComparer.Ordinal).ToList();
}
