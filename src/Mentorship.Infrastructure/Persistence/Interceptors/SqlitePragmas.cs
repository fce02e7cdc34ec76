using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The SQLite settings of every connection the application opens (<c>Database:Sqlite</c>): write-ahead logging for a
/// file database (readers do not wait for the writer), <c>synchronous=NORMAL</c> (durable at each checkpoint, safe
/// with WAL), memory-mapped reads, a larger page cache and temporary tables in memory. SQLite keeps all but the journal
/// mode per connection, so they are set whenever a connection is opened.
/// </summary>
public sealed class SqlitePragmaSettings
{
    public const string Section = "Database:Sqlite";

    /// <summary>Write-ahead logging for file databases (an in-memory database keeps its own journal).</summary>
    public bool WriteAheadLog { get; init; } = true;

    /// <summary>OFF, NORMAL, FULL or EXTRA.</summary>
    public string Synchronous { get; init; } = "NORMAL";

    public long MmapSizeBytes { get; init; } = 256L * 1024 * 1024;

    public int CacheSizeKib { get; init; } = 64 * 1024;

    /// <summary>Temporary tables and indexes (sorts, DISTINCT) in memory.</summary>
    public bool TempStoreInMemory { get; init; } = true;

    /// <summary>The statements run on opening a connection; only validated values go into them (PRAGMA takes no parameters).</summary>
    public string Statements(SqliteConnection connection)
    {
        var synchronous = Synchronous.ToUpperInvariant() is var s && s is "OFF" or "NORMAL" or "FULL" or "EXTRA"
            ? s
            : throw new InvalidOperationException($"{Section}:Synchronous must be OFF, NORMAL, FULL or EXTRA, not '{Synchronous}'.");
        var inMemory = connection.DataSource is "" or ":memory:" || connection.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase);
        return string.Join(' ', new[]
        {
            WriteAheadLog && !inMemory ? "PRAGMA journal_mode=WAL;" : null,
            $"PRAGMA synchronous={synchronous};",
            string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size={Math.Max(0, MmapSizeBytes)};"),
            string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size={-Math.Max(0, CacheSizeKib)};"),
            TempStoreInMemory ? "PRAGMA temp_store=MEMORY;" : null,
        }.Where(p => p is not null));
    }
}

/// <summary>Sets <see cref="SqlitePragmaSettings"/> on each SQLite connection EF opens.</summary>
public sealed class SqlitePragmas(SqlitePragmaSettings settings) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command?.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        if (command is not null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqliteCommand? Command(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return null;
        }

        var command = sqlite.CreateCommand();
        command.CommandText = settings.Statements(sqlite);
        return command;
    }
}
