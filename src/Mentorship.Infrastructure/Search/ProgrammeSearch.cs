using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Infrastructure.Search;

/// <summary>
/// The query's words are stemmed here as the stored text was (<see cref="SearchStems"/>), so that only letters and
/// digits reach the database: no quote, operator (NEAR, OR, -, *) or control character of the caller is ever part
/// of a full-text expression. Each stem also matches as a prefix, so "наставн" still finds "наставничество".
/// </summary>
public sealed class ProgrammeSearch(ApplicationDbContext db, DatabaseSettings settings) : IProgrammeSearch
{
    public IQueryable<Guid>? Matching(string? search)
    {
        var stems = SearchStems.Words(search).Distinct().ToList();
        if (stems.Count == 0)
        {
            return null;
        }

        return settings.Provider switch
        {
            // FTS5: every quoted term, as a prefix, must occur (terms side by side are AND'ed).
            DatabaseProvider.Sqlite => db.Database.SqlQueryRaw<Guid>(
                $"SELECT \"ProgrammeId\" AS \"Value\" FROM \"{ProgrammeSearchText.SqliteTable}\" WHERE \"{ProgrammeSearchText.SqliteTable}\" MATCH {{0}}",
                string.Join(' ', stems.Select(s => $"\"{s}\"*"))),

            // The GIN index over the generated tsvector answers '<stem>':* & … directly.
            DatabaseProvider.PostgreSql => db.Database.SqlQueryRaw<Guid>(
                $"SELECT \"Id\" AS \"Value\" FROM \"Programmes\" WHERE \"{ProgrammeSearchText.PostgreSqlVector}\" @@ to_tsquery('simple', {{0}})",
                string.Join(" & ", stems.Select(s => $"'{s}':*"))),

            // SQL Server fallback (no full-text catalogue is assumed): word prefixes over the stored stems, a scan.
            _ => SqlServerFallback(stems),
        };
    }

    private IQueryable<Guid> SqlServerFallback(List<string> stems)
    {
        var programmes = db.Set<Programme>().IgnoreQueryFilters();
        foreach (var stem in stems)
        {
            var prefix = " " + stem;
            programmes = programmes.Where(p => (" " + EF.Property<string>(p, ProgrammeSearchText.Column)).Contains(prefix));
        }

        return programmes.Select(p => p.Id);
    }
}
