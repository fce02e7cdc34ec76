namespace Mentorship.Domain.Common;

/// <summary>
/// Folds text for case-insensitive search that works the same on every database: lower case (Russian culture
/// rules are the invariant ones for Cyrillic), ё → е, runs of white space collapsed.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.ToLowerInvariant().Replace('ё', 'е');
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
