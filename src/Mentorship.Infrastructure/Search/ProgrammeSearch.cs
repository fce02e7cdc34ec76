using System.Linq.Expressions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Mentorship.Infrastructure.Search;

/// <summary>
/// The query's words are stemmed here as the stored text was (<see cref="SearchStems"/>), so that only letters and
/// digits reach the database: no quote, operator (NEAR, OR, -, *) or control character of the caller is ever part
/// of a full-text expression. Each stem also matches as a prefix, so "наставн" still finds "наставничество".
/// </summary>
public sealed class ProgrammeSearch(ApplicationDbContext db, DatabaseSettings settings) : IProgrammeSearch
{
    public Expression<Func<Programme, bool>>? Matching(string? search)
    {
        var stems = SearchStems.Words(search).Distinct().ToList();
        if (stems.Count == 0)
        {
            return null;
        }

        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                // FTS5: every quoted term, as a prefix, must occur (terms side by side are AND'ed).
                var ids = db.Database.SqlQueryRaw<Guid>(
                    $"SELECT \"ProgrammeId\" AS \"Value\" FROM \"{ProgrammeSearchText.SqliteTable}\" WHERE \"{ProgrammeSearchText.SqliteTable}\" MATCH {{0}}",
                    string.Join(' ', stems.Select(s => $"\"{s}\"*")));
                return p => ids.Contains(p.Id);

            case DatabaseProvider.PostgreSql:
                // On the programme's own row, so that the planner answers from the GIN index ('<stem>':* & …).
                var query = string.Join(" & ", stems.Select(s => $"'{s}':*"));
                return p => EF.Property<NpgsqlTsVector>(p, ProgrammeSearchText.PostgreSqlVector).Matches(EF.Functions.ToTsQuery("simple", query));

            default:
                // SQL Server fallback (no full-text catalogue is assumed): word prefixes over the stored stems, a scan.
                Expression<Func<Programme, bool>> all = p => true;
                foreach (var stem in stems)
                {
                    var prefix = " " + stem;
                    Expression<Func<Programme, bool>> word = p => (" " + EF.Property<string>(p, ProgrammeSearchText.Column)).Contains(prefix);
                    all = Expression.Lambda<Func<Programme, bool>>(Expression.AndAlso(all.Body, Expression.Invoke(word, all.Parameters)), all.Parameters);
                }

                return all;
        }
    }
}
