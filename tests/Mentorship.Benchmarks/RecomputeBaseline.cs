using System.Data.Common;
using System.Globalization;
using Mentorship.Application.Monitoring.Commands.RecomputeRegion;
using Mentorship.Infrastructure.Persistence.Interceptors;
using Microsoft.Data.Sqlite;
using NpgsqlTypes;

namespace Mentorship.Benchmarks;

/// <summary>One figure of a unit: the key and figures of an indicator snapshot (targets aside).</summary>
internal sealed record Figure(string Level, Guid UnitId, string Indicator, string Breakdown, int Numerator, int? Denominator, int? NotPlaced);

/// <summary>
/// The limit of the recompute benchmark: the coverage figures of the recompute written by hand in the database's own
/// SQL — one pass over the membership join with every level and breakdown grouped at once (GROUPING SETS on PostgreSQL;
/// on SQLite, which has none, the join is materialised once in a temporary table and grouped per level from there),
/// the groups, head-counts and organisation shares likewise, then an upsert of the figures into a copy of the snapshot
/// table that writes only rows whose figures changed. The criteria's inputs are read by the same grouped queries as
/// the recompute's. Targets are not computed (a lookup per unit).
/// </summary>
internal sealed class RecomputeBaseline(BenchDatabase database, bool postgres, MonitoringPeriod period)
{
    public const string Table = "BenchIndicatorFigures";

    // (level, unit column, breakdown column or null): the grouping sets of the membership and group counts.
    private static readonly (string Level, string? Unit, string? Breakdown)[] Sets =
    [
        ("Organization", "org", null), ("Organization", "org", "form"), ("Organization", "org", "format"),
        ("Municipality", "mun", null), ("Municipality", "mun", "form"), ("Municipality", "mun", "format"), ("Municipality", "mun", "rural"), ("Municipality", "mun", "hard"),
        ("Region", null, null), ("Region", null, "form"), ("Region", null, "format"), ("Region", null, "rural"), ("Region", null, "hard"),
    ];

    private static readonly string[] Levels = ["Organization", "Municipality", "Region"];

    public async Task CreateTableAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, $"""
            DROP TABLE IF EXISTS "{Table}";
            CREATE TABLE "{Table}" ("Level" text NOT NULL, "UnitId" {(postgres ? "uuid" : "TEXT")} NOT NULL, "Indicator" text NOT NULL, "Breakdown" text NOT NULL,
                "Numerator" integer NOT NULL, "Denominator" integer NULL, "NotPlaced" integer NULL, PRIMARY KEY ("Level", "UnitId", "Indicator", "Breakdown"));
            """);
    }

    public async Task ClearAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, $"""DELETE FROM "{Table}";""");
    }

    /// <summary>Computes every figure and upserts it; returns the rows written.</summary>
    public async Task<int> RunAsync()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (postgres)
        {
            await ExecuteAsync(connection, "SET LOCAL work_mem = '256MB'", transaction);
        }

        var figures = new Dictionary<(string, Guid, string, string), Figure>();
        void Put(Figure f) => figures[(f.Level, f.UnitId, f.Indicator, f.Breakdown)] = f;
        Figure? Get(string level, Guid unit, string indicator) => figures.GetValueOrDefault((level, unit, indicator, ""));

        foreach (var (level, unit, brk, denominators) in await RowsAsync(connection, transaction, HeadCountsSql(), r => (Levels[Int(r, 0)], Id(r, 1), "", new[] { Int(r, 2), Int(r, 3) })))
        {
            Put(new Figure(level, unit, "PupilsMentored", brk, 0, denominators[0], 0));
            Put(new Figure(level, unit, "YoungTeachersMentored", brk, 0, denominators[1], null));
        }

        foreach (var (level, unit, role, brk, counts) in await RowsAsync(connection, transaction, MembersSql(), r => (Levels[Int(r, 0)], Id(r, 1), r.GetString(2), r.GetString(3), new[] { Int(r, 4), Int(r, 5), Int(r, 6), Int(r, 7) })))
        {
            Put(new Figure(level, unit, role == "Mentor" ? "Mentors" : "Mentees", brk, counts[0], null, null));
            if (role == "Mentee" && brk.Length == 0)
            {
                Put((Get(level, unit, "PupilsMentored") ?? new Figure(level, unit, "PupilsMentored", "", 0, 0, 0)) with { Numerator = counts[1], NotPlaced = counts[2] });
                Put((Get(level, unit, "YoungTeachersMentored") ?? new Figure(level, unit, "YoungTeachersMentored", "", 0, 0, null)) with { Numerator = counts[3] });
            }
        }

        foreach (var (level, unit, brk, count) in await RowsAsync(connection, transaction, GroupsSql(), r => (Levels[Int(r, 0)], Id(r, 1), r.GetString(2), Int(r, 3))))
        {
            Put(new Figure(level, unit, "Groups", brk, count, null, null));
        }

        foreach (var (level, unit, counts) in await RowsAsync(connection, transaction, OrganizationSharesSql(), r => (Levels[Int(r, 0)], Id(r, 1), new[] { Int(r, 2), Int(r, 3), Int(r, 4) })))
        {
            Put(new Figure(level, unit, "OrganizationsWithProgramme", "", counts[0], counts[2], null));
            Put(new Figure(level, unit, "OrganizationsWithTrainedStaff", "", counts[1], counts[2], null));
        }

        var written = await UpsertAsync(connection, transaction, figures.Values.ToList());
        await transaction.CommitAsync();
        return written;
    }

    public async Task<List<Figure>> ReadAsync()
    {
        await using var connection = await OpenAsync();
        return await RowsAsync(connection, null, $"""SELECT "Level", "UnitId", "Indicator", "Breakdown", "Numerator", "Denominator", "NotPlaced" FROM "{Table}" """,
            r => new Figure(r.GetString(0), Id(r, 1), r.GetString(2), r.GetString(3), Int(r, 4), r.IsDBNull(5) ? null : Int(r, 5), r.IsDBNull(6) ? null : Int(r, 6)));
    }

    /// <summary>The application's own SQLite settings on the baseline's connection too: the limit is the database at its best.</summary>
    private async Task<DbConnection> OpenAsync()
    {
        var connection = await database.OpenAsync();
        if (connection is SqliteConnection sqlite)
        {
            await ExecuteAsync(connection, new SqlitePragmaSettings().Statements(sqlite));
        }

        return connection;
    }

    // The memberships of the region's people in Y, at the home organisation and each affiliation of Y (RegionAggregates.Members).
    private const string MembersSource = """
        SELECT m."PersonId", o."Id" AS org, o."MunicipalityId" AS mun, o."IsRural" AS rural, o."IsHardToReach" AS hard, o."Kind",
               m."Role", b."Category", p."BirthDate", g."Form" AS form, g."Format" AS format
        FROM "GroupMembers" m
        JOIN "MentoringGroups" g ON g."Id" = m."GroupId"
        JOIN "People" p ON p."Id" = m."PersonId"
        JOIN (SELECT "Id" AS "PersonId", "OrganizationId", "Category" FROM "People"
              UNION ALL
              SELECT "PersonId", "OrganizationId", "Role" FROM "PersonAffiliations" WHERE "From" <= @end AND ("To" IS NULL OR "To" >= @start)) b ON b."PersonId" = m."PersonId"
        JOIN "Organizations" o ON o."Id" = b."OrganizationId"
        WHERE o."RegionId" = @region AND g."StartedAt" <= @end AND (g."EndedAt" IS NULL OR g."EndedAt" >= @start)
          AND m."JoinedAt" <= @end AND (m."LeftAt" IS NULL OR m."LeftAt" >= @start)
        """;

    private const string MemberCounts = """
        COUNT(DISTINCT "PersonId"),
        COUNT(DISTINCT CASE WHEN "Category" = 'Pupil' AND "BirthDate" <= @bornOnOrBefore AND "BirthDate" > @bornAfter THEN "PersonId" END),
        COUNT(DISTINCT CASE WHEN "Category" = 'Pupil' AND "BirthDate" IS NULL THEN "PersonId" END),
        COUNT(DISTINCT CASE WHEN "Category" = 'Teacher' AND "BirthDate" > @teacherBornAfter THEN "PersonId" END)
        """;

    private string MembersSql() => postgres
        ? $"""
           WITH x AS ({MembersSource})
           SELECT {LevelOf()}, {UnitOf()}, "Role", {BreakdownOf()}, {MemberCounts}
           FROM x GROUP BY GROUPING SETS ({string.Join(", ", Sets.Select(s => GroupingSet(s, "\"Role\"")))})
           HAVING {LocationFilter()}
           """
        : $"""
           DROP TABLE IF EXISTS temp.bench_members;
           CREATE TEMP TABLE bench_members AS {MembersSource};
           {string.Join(" UNION ALL ", Sets.Select(s => UnionPart(s, "bench_members", "\"Role\"", MemberCounts)))}
           """;

    private string GroupsSql()
    {
        const string source = """
            SELECT o."Id" AS org, o."MunicipalityId" AS mun, o."IsRural" AS rural, o."IsHardToReach" AS hard, g."Form" AS form, g."Format" AS format
            FROM "MentoringGroups" g JOIN "Programmes" p ON p."Id" = g."ProgrammeId" JOIN "Organizations" o ON o."Id" = p."OrganizationId"
            WHERE o."RegionId" = @region AND g."StartedAt" <= @end AND (g."EndedAt" IS NULL OR g."EndedAt" >= @start)
            """;
        return postgres
            ? $"""
               WITH x AS ({source})
               SELECT {LevelOf()}, {UnitOf()}, {BreakdownOf()}, COUNT(*)
               FROM x GROUP BY GROUPING SETS ({string.Join(", ", Sets.Select(s => GroupingSet(s, null)))})
               HAVING {LocationFilter()}
               """
            : $"""
               DROP TABLE IF EXISTS temp.bench_groups;
               CREATE TEMP TABLE bench_groups AS {source};
               {string.Join(" UNION ALL ", Sets.Select(s => UnionPart(s, "bench_groups", null, "COUNT(*)")))}
               """;
    }

    // The latest head-count of the academic year starting in Y, else Y−1, summed per organisation, municipality, region.
    private string HeadCountsSql() => ByLevel($"""
        SELECT org, mun, "PupilsInAgeBand" AS a, "TeachersUnder35" AS b FROM (
            SELECT h."OrganizationId" AS org, o."MunicipalityId" AS mun, h."PupilsInAgeBand", h."TeachersUnder35",
                   ROW_NUMBER() OVER (PARTITION BY h."OrganizationId" ORDER BY h."AcademicYear" DESC, h."ReportedAt" DESC, h."Id" DESC) AS n
            FROM "HeadCounts" h JOIN "Organizations" o ON o."Id" = h."OrganizationId"
            WHERE o."RegionId" = @region AND h."AcademicYear" IN (@year, @year - 1)) latest
        WHERE n = 1
        """, "SUM(a), SUM(b)");

    // Shares of organisations (schools, colleges, ДО; not archived) with a programme covering Y and with trained staff.
    private string OrganizationSharesSql() => ByLevel("""
        SELECT o."Id" AS org, o."MunicipalityId" AS mun,
               CASE WHEN EXISTS (SELECT 1 FROM "Programmes" p WHERE p."OrganizationId" = o."Id" AND p."StartYear" <= @year
                                 AND ((p."EndYear" IS NULL AND p."StartYear" >= @year - 1) OR p."EndYear" >= @year - 1)) THEN 1 ELSE 0 END AS a,
               CASE WHEN EXISTS (SELECT 1 FROM "People" s WHERE s."OrganizationId" = o."Id"
                                 AND (EXISTS (SELECT 1 FROM "Trainings" t WHERE t."PersonId" = s."Id" AND t."CompletedAt" <= @end)
                                      OR (s."Category" = 'Teacher' AND EXISTS (SELECT 1 FROM "MentorTrainings" t JOIN "MentorCandidates" c ON c."Id" = t."CandidateId"
                                                                             WHERE c."PersonId" = s."Id" AND t."CompletedAt" <= @end)))) THEN 1 ELSE 0 END AS b
        FROM "Organizations" o
        WHERE o."RegionId" = @region AND NOT o."IsArchived"
          AND o."Kind" IN ('GeneralEducationSchool', 'SpecialNeedsSchool', 'OrphanCareOrganization', 'VocationalCollege', 'AdditionalEducation')
        """, "SUM(a), SUM(b), COUNT(*)");

    private string ByLevel(string source, string aggregates) => postgres
        ? $"""
           WITH x AS ({source})
           SELECT CASE WHEN GROUPING(org) = 0 THEN 0 WHEN GROUPING(mun) = 0 THEN 1 ELSE 2 END, COALESCE(org, mun, @region), {aggregates}
           FROM x GROUP BY GROUPING SETS ((org, mun), (mun), ())
           """
        : $"""
           WITH x AS ({source})
           SELECT 0, org, {aggregates} FROM x GROUP BY org
           UNION ALL SELECT 1, mun, {aggregates} FROM x GROUP BY mun
           UNION ALL SELECT 2, @region, {aggregates} FROM x
           """;

    private static string LevelOf() => "CASE WHEN GROUPING(org) = 0 THEN 0 WHEN GROUPING(mun) = 0 THEN 1 ELSE 2 END";

    private static string UnitOf() => "CASE WHEN GROUPING(org) = 0 THEN org WHEN GROUPING(mun) = 0 THEN mun ELSE @region END";

    private static string BreakdownOf() => """
        CASE WHEN GROUPING(form) = 0 THEN 'form:' || form WHEN GROUPING(format) = 0 THEN 'format:' || format
             WHEN GROUPING(rural) = 0 THEN 'rural' WHEN GROUPING(hard) = 0 THEN 'hardToReach' ELSE '' END
        """;

    // A location breakdown counts the rural (hard-to-reach) organisations' rows only.
    private static string LocationFilter() => "(GROUPING(rural) = 1 OR rural) AND (GROUPING(hard) = 1 OR hard)";

    private static string GroupingSet((string Level, string? Unit, string? Breakdown) set, string? role)
    {
        var columns = new List<string>();
        if (set.Unit == "org")
        {
            columns.Add("org");
            columns.Add("mun");
        }
        else if (set.Unit is { } unit)
        {
            columns.Add(unit);
        }

        if (role is not null)
        {
            columns.Add(role);
        }

        if (set.Breakdown is { } breakdown)
        {
            columns.Add(breakdown);
        }

        return $"({string.Join(", ", columns)})";
    }

    private static string UnionPart((string Level, string? Unit, string? Breakdown) set, string table, string? role, string aggregates)
    {
        var level = Array.IndexOf(Levels, set.Level);
        var unit = set.Unit ?? "@region";
        var breakdown = set.Breakdown switch
        {
            "form" => "'form:' || form",
            "format" => "'format:' || format",
            "rural" => "'rural'",
            "hard" => "'hardToReach'",
            _ => "''",
        };
        var where = set.Breakdown switch { "rural" => " WHERE rural", "hard" => " WHERE hard", _ => "" };
        var groupBy = new[] { set.Unit, role, set.Breakdown is "form" or "format" ? set.Breakdown : null }.Where(c => c is not null).ToList();
        return $"SELECT {level}, {unit}, {(role is null ? "" : role + ", ")}{breakdown}, {aggregates} FROM {table}{where}"
               + (groupBy.Count > 0 ? $" GROUP BY {string.Join(", ", groupBy)}" : "");
    }

    private async Task<int> UpsertAsync(DbConnection connection, DbTransaction transaction, List<Figure> figures)
    {
        var upsert = $"""
            INSERT INTO "{Table}" ("Level", "UnitId", "Indicator", "Breakdown", "Numerator", "Denominator", "NotPlaced")
            SOURCE
            ON CONFLICT ("Level", "UnitId", "Indicator", "Breakdown") DO UPDATE
            SET "Numerator" = excluded."Numerator", "Denominator" = excluded."Denominator", "NotPlaced" = excluded."NotPlaced"
            WHERE "{Table}"."Numerator" <> excluded."Numerator" OR "{Table}"."Denominator" IS DISTINCT FROM excluded."Denominator"
               OR "{Table}"."NotPlaced" IS DISTINCT FROM excluded."NotPlaced"
            """;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (postgres)
        {
            // One statement: the figures as arrays.
            command.CommandText = upsert.Replace("SOURCE", "SELECT * FROM unnest(@l, @u, @i, @b, @n, @d, @p)", StringComparison.Ordinal);
            AddArray(command, "l", figures.Select(f => f.Level).ToArray(), NpgsqlDbType.Text);
            AddArray(command, "u", figures.Select(f => f.UnitId).ToArray(), NpgsqlDbType.Uuid);
            AddArray(command, "i", figures.Select(f => f.Indicator).ToArray(), NpgsqlDbType.Text);
            AddArray(command, "b", figures.Select(f => f.Breakdown).ToArray(), NpgsqlDbType.Text);
            AddArray(command, "n", figures.Select(f => f.Numerator).ToArray(), NpgsqlDbType.Integer);
            AddArray(command, "d", figures.Select(f => f.Denominator).ToArray(), NpgsqlDbType.Integer);
            AddArray(command, "p", figures.Select(f => f.NotPlaced).ToArray(), NpgsqlDbType.Integer);
            return await command.ExecuteNonQueryAsync();
        }

        // SQLite: one prepared statement run per row inside the transaction.
        command.CommandText = upsert.Replace("SOURCE", "VALUES (@l, @u, @i, @b, @n, @d, @p)", StringComparison.Ordinal).Replace("IS DISTINCT FROM", "IS NOT", StringComparison.Ordinal);
        var parameters = new[] { "l", "u", "i", "b", "n", "d", "p" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync();
        var written = 0;
        foreach (var f in figures)
        {
            object?[] values = [f.Level, f.UnitId.ToString().ToUpperInvariant(), f.Indicator, f.Breakdown, f.Numerator, f.Denominator, f.NotPlaced];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            written += await command.ExecuteNonQueryAsync();
        }

        return written;
    }

    private static void AddArray(DbCommand command, string name, object values, NpgsqlDbType type) =>
        command.Parameters.Add(new Npgsql.NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values });

    private async Task<List<T>> RowsAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        database.Add(command, "region", SyntheticRegion.RegionId);
        database.Add(command, "year", period.Year);
        database.Add(command, "start", period.Start);
        database.Add(command, "end", period.End);
        database.Add(command, "bornOnOrBefore", period.PupilBornOnOrBefore);
        database.Add(command, "bornAfter", period.PupilBornAfter);
        database.Add(command, "teacherBornAfter", period.YoungTeacherBornAfter);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                rows.Add(read(reader));
            }
        }
        while (await reader.NextResultAsync());

        return rows;
    }

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static Guid Id(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        Guid id => id,
        string text => Guid.Parse(text),
        var other => throw new InvalidOperationException($"not an id: {other}"),
    };

    private static async Task ExecuteAsync(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
