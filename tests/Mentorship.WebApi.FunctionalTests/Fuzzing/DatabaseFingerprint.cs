using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>
/// Every application table's row count and a hash of its content, to tell whether a request changed any row.
/// Every table of the application's schema counts — the audit log too: a refused request must not write an audit
/// entry (reads are audited only once they succeed), nor an idempotency record (a failed request releases its key).
/// Left out are the migrations history and Hangfire's storage (its own schema on PostgreSQL, in memory with SQLite),
/// which the server's heartbeats change whatever the requests do.
/// On PostgreSQL the hash is computed by the server in one statement; SQLite's rows are read and hashed here.
/// </summary>
public sealed class DatabaseFingerprint(TestDatabase database) : IAsyncDisposable
{
    private List<string>? _tables;
    private DbConnection? _watch;
    private string? _version;
    private IReadOnlyDictionary<string, string>? _last;

    /// <summary>Full fingerprints taken; the others were answered by the change detector alone.</summary>
    public int Computed { get; private set; }

    /// <summary>
    /// The fingerprint now. A cheap detector first asks whether anything was committed since the last one — SQLite's
    /// <c>PRAGMA data_version</c> on a connection kept open, PostgreSQL's next transaction id (every write takes one;
    /// reads do not) — and only then are the tables read. A false alarm (a Hangfire heartbeat) costs a full fingerprint.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> TakeAsync()
    {
        if (_watch is null)
        {
            _watch = Open();
            await _watch.OpenAsync();
        }

        await using (var probe = _watch.CreateCommand())
        {
            probe.CommandText = database.Provider == DatabaseProvider.PostgreSql ? "SELECT pg_snapshot_xmax(pg_current_snapshot())::text" : "PRAGMA data_version";
            var version = Convert.ToString(await probe.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (version == _version && _last is not null)
            {
                return _last;
            }

            _version = version;
        }

        await using var connection = Open();
        await connection.OpenAsync();
        _tables ??= await TablesAsync(connection);
        Computed++;
        return _last = database.Provider == DatabaseProvider.PostgreSql ? await PostgresAsync(connection, _tables) : await SqliteAsync(connection, _tables);
    }

    public async ValueTask DisposeAsync()
    {
        if (_watch is not null)
        {
            await _watch.DisposeAsync();
        }
    }

    private DbConnection Open() => database.Provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);

    /// <summary>The tables whose count or content differs, with both fingerprints.</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t) ?? "-"} → {after.GetValueOrDefault(t) ?? "-"}")];

    private async Task<List<string>> TablesAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.PostgreSql
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory' ORDER BY 1"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY 1";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<Dictionary<string, string>> PostgresAsync(DbConnection connection, List<string> tables)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t}', count(*) || ':' || md5(coalesce(string_agg(fuzz_row::text, ',' ORDER BY fuzz_row::text), '')) FROM \"{t}\" fuzz_row"));
        var result = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    private static async Task<Dictionary<string, string>> SqliteAsync(DbConnection connection, List<string> tables)
    {
        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                var row = new StringBuilder();
                while (await reader.ReadAsync())
                {
                    row.Clear();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        row.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
                    }

                    rows.Add(row.ToString());
                }
            }

            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16];
            result[table] = $"{rows.Count}:{hash}";
        }

        return result;
    }
}
