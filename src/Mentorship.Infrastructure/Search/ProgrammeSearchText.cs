using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Infrastructure.Search;

/// <summary>The stemmed search text stored with each programme (a shadow column: the domain never reads it).</summary>
public static class ProgrammeSearchText
{
    public const string Column = "SearchStems";

    /// <summary>SQLite's FTS5 table over the column, kept in step by triggers (created in the SQLite migration).</summary>
    public const string SqliteTable = "ProgrammeSearch";

    /// <summary>PostgreSQL's generated tsvector column over it, with a GIN index.</summary>
    public const string PostgreSqlVector = "SearchVector";

    // Stems are never longer than their words; the organisation's name is appended after a space.
    public const int MaxLength = Programme.SearchWordsMaxLength + 1 + Organization.NameMaxLength;

    public static string Of(string searchWords, string? organizationName) => SearchStems.Of(searchWords, organizationName);
}
