namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// Full-text search over programmes (title, description, organisation name) with Russian morphology: each database
/// answers from its own index. Every word of the query must match (a word's stem, or the start of one).
/// </summary>
public interface IProgrammeSearch
{
    /// <summary>The ids of the programmes matching every word of <paramref name="search"/>, to compose into a query; null when it holds no word.</summary>
    IQueryable<Guid>? Matching(string? search);
}
