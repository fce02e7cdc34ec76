using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A real database for the functional tests: a SQLite file made for the run, or the PostgreSQL database that
/// .ci/run starts (connection string in MENTORSHIP_TEST_POSTGRES). Reset between tests, schema kept.
/// </summary>
public sealed class TestDatabase
{
    public const string PostgresVariable = "MENTORSHIP_TEST_POSTGRES";

    private Respawner? _respawner;

    private TestDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static bool IsConfigured(DatabaseProvider provider) =>
        provider != DatabaseProvider.PostgreSql || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public static TestDatabase? Create(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Path.GetTempPath(), $"mentorship-tests-{Guid.NewGuid():N}.db");
                return new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ToString());
            case DatabaseProvider.PostgreSql:
                var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
                return string.IsNullOrWhiteSpace(connectionString) ? null : new TestDatabase(provider, connectionString);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "No test database for this provider.");
        }
    }

    /// <summary>A PostgreSQL database that a test made for itself (see <see cref="ApiProcessDatabase"/>).</summary>
    public static TestDatabase PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    /// <summary>Deletes every row of the application's tables; the migrations history and Hangfire's tables stay.</summary>
    public async Task ResetAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                TablesToIgnore = ["__EFMigrationsHistory"],
            });
            await _respawner.ResetAsync(connection);
            return;
        }

        await using var sqlite = new SqliteConnection(ConnectionString);
        await sqlite.OpenAsync();
        await Execute(sqlite, "PRAGMA foreign_keys = OFF;");
        var tables = new List<string>();
        await using (var list = sqlite.CreateCommand())
        {
            // A full-text (FTS5) table is emptied through itself; its shadow tables (<name>_data, _idx, _config…) are its own.
            list.CommandText = """
                SELECT name FROM sqlite_master AS t WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'
                AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\_%' ESCAPE '\')
                """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await Execute(sqlite, $"DELETE FROM \"{table}\";");
        }

        await Execute(sqlite, "PRAGMA foreign_keys = ON;");
    }

    /// <summary>
    /// Makes the database itself refuse every <paramref name="operation"/> (INSERT, UPDATE, DELETE) on a table, with a
    /// trigger, until the result is disposed: a real failed write in the middle of a use case.
    /// </summary>
    public async Task<IAsyncDisposable> RefuseAsync(string operation, string table)
    {
        var trigger = $"refuse_{operation}_{table}".ToLowerInvariant();
        var (create, drop) = Provider == DatabaseProvider.PostgreSql
            ? ($"""
               CREATE OR REPLACE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
               CREATE TRIGGER {trigger} BEFORE {operation} ON "{table}" FOR EACH ROW EXECUTE FUNCTION refuse_write();
               """,
               $"""DROP TRIGGER IF EXISTS {trigger} ON "{table}";""")
            : ($"""CREATE TRIGGER {trigger} BEFORE {operation} ON "{table}" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;""",
               $"DROP TRIGGER IF EXISTS {trigger};");
        await ExecuteAsync(create);
        return new Refusal(() => ExecuteAsync(drop));
    }

    public void Delete()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = Provider == DatabaseProvider.PostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, sql);
    }

    private sealed class Refusal(Func<Task> lift) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await lift();
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
