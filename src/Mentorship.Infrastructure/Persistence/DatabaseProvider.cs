namespace Mentorship.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section and the connection strings it uses.</summary>
public sealed class DatabaseSettings
{
    public const string DefaultSqliteFile = "App_Data/mentorship.db";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the web host starts (on by default for SQLite only).</summary>
    public bool? MigrateOnStartup { get; init; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
