using System.Linq.Expressions;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// Full-text search over programmes (title, description, organisation name) with Russian morphology: each database
/// answers from its own index. Every word of the query must match (a word's stem, or the start of one).
/// </summary>
public interface IProgrammeSearch
{
    /// <summary>The condition a programme matching every word of <paramref name="search"/> meets, to compose into a query; null when it holds no word.</summary>
    Expression<Func<Programme, bool>>? Matching(string? search);
}
