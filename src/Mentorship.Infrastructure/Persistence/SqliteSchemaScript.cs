using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>
/// Creates an empty SQLite database from the SQL script of all its migrations, as EF generates it
/// (<c>Persistence/Migrations/Sqlite/Schema.sql</c>, embedded), instead of running the migrations one by one. The SQL is
/// the same, and so is the migration history it records; what is saved is EF's work around it: building the target
/// model of every migration to rebuild SQLite tables, which took most of a Development start on an empty database.
/// Used only when the database has no migration applied and the script records exactly the migrations this build
/// has; anything else (a database part-way through its history, a migration added without the script regenerated)
/// goes through EF's own migrator. <c>SqliteSchemaScriptTests</c> holds the script to what EF generates today and the
/// schema it makes to the one the migrations make.
/// </summary>
public static partial class SqliteSchemaScript
{
    /// <summary>The script's path in the repository, for the test that regenerates it.</summary>
    public const string RepositoryPath = "src/Mentorship.Infrastructure/Persistence/Migrations/Sqlite/Schema.sql";

    private const string ResourceName = "Mentorship.Infrastructure.Persistence.Migrations.Sqlite.Schema.sql";

    private static readonly Lazy<string?> Embedded = new(ReadEmbedded);

    /// <summary>The embedded script, or null when the build has none.</summary>
    public static string? Text => Embedded.Value;

    /// <summary>The migrations a script records in the history table, in order.</summary>
    public static IReadOnlyList<string> MigrationIds(string script) =>
        HistoryInsert().Matches(script).Select(m => m.Groups["id"].Value).ToList();

    /// <summary>
    /// Creates the schema from the script when <paramref name="context"/> is an SQLite database with no migration
    /// applied and the script matches this build's migrations; says whether it did. Holds EF's migration lock meanwhile,
    /// so two processes starting on one new file do not both create it.
    /// </summary>
    public static async Task<bool> TryCreateAsync(DbContext context, ILogger logger, CancellationToken cancellationToken)
    {
        var script = Text;
        if (!context.Database.IsSqlite() || script is null)
        {
            return false;
        }

        var migrations = context.Database.GetMigrations().ToList();
        if (!MigrationIds(script).SequenceEqual(migrations, StringComparer.Ordinal))
        {
            logger.LogWarning("The SQLite schema script does not record this build's migrations; applying them one by one (regenerate {Path})", RepositoryPath);
            return false;
        }

        var history = context.GetService<IHistoryRepository>();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await history.CreateIfNotExistsAsync(cancellationToken);
            await using var migrationLock = await history.AcquireDatabaseLockAsync(cancellationToken);
            if ((await history.GetAppliedMigrationsAsync(cancellationToken)).Count > 0)
            {
                // Another process got there first (or the database has a history of its own): the migrator decides.
                return false;
            }

            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = script;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Created the SQLite schema from the script of {Count} migration(s)", migrations.Count);
        return true;
    }

    private static string? ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("""INSERT INTO "__EFMigrationsHistory" \("MigrationId", "ProductVersion"\)\s*VALUES \('(?<id>[^']+)'""")]
    private static partial Regex HistoryInsert();
}
