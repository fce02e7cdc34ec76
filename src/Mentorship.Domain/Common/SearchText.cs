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

    /// <summary>
    /// The words of the texts, folded as <see cref="Normalize"/> does, with everything that is not a letter or a
    /// digit (quotes «», brackets, №, dashes) turned into a space. Stored this way, a word is found by its prefix
    /// with <c>(" " + words).Contains(" " + prefix)</c>, which every database translates.
    /// </summary>
    public static string Words(params string?[] texts)
    {
        var folded = Normalize(string.Join(' ', texts.Where(t => !string.IsNullOrWhiteSpace(t))));
        var letters = folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
