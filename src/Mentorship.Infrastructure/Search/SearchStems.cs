using Lucene.Net.Tartarus.Snowball.Ext;
using Mentorship.Domain.Common;

namespace Mentorship.Infrastructure.Search;

/// <summary>
/// The words of a text reduced to their stems by the Snowball Russian stemmer, so that "успехи", "успеху" and
/// "успех" are one word to the search. The same function folds a programme's stored search text and the words of a
/// query; words in other scripts pass through as they are (folded by <see cref="SearchText.Words"/>).
/// </summary>
public static class SearchStems
{
    // The stemmer keeps state between calls, so each thread has its own.
    [ThreadStatic]
    private static RussianStemmer? _stemmer;

    /// <summary>The stems of the words of the texts, in order, separated by single spaces.</summary>
    public static string Of(params string?[] texts) => string.Join(' ', Words(texts));

    /// <summary>The stems of the words of the texts, in order.</summary>
    public static IEnumerable<string> Words(params string?[] texts)
    {
        foreach (var word in SearchText.Words(texts).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return Stem(word);
        }
    }

    private static string Stem(string word)
    {
        var stemmer = _stemmer ??= new RussianStemmer();
        stemmer.SetCurrent(word);
        return stemmer.Stem() && stemmer.Current.Length > 0 ? stemmer.Current : word;
    }
}
