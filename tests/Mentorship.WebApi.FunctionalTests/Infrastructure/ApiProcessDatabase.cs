using System.Globalization;
using Mentorship.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A PostgreSQL database of its own for API processes with Hangfire servers (<see cref="ApiProcess"/>): the shared test
/// database has the in-process application's Hangfire server polling its job storage, which would take the processes'
/// jobs. It is made beside the configured test database (its name and a suffix), migrated and seeded by an in-process
/// application whose Hangfire server is off (<see cref="Given"/>, <see cref="QueryAsync{T}"/>), and dropped at the end.
/// </summary>
public sealed class ApiProcessDatabase : IAsyncDisposable
{
    private readonly string _administration;
    private HttpClient? _client;

    private ApiProcessDatabase(string administration, string name, string connectionString)
    {
        _administration = administration;
        Name = name;
        ConnectionString = connectionString;
        Host = new MentorshipFactory(TestDatabase.PostgreSql(connectionString), new Dictionary<string, string> { ["Hangfire:Server:Enabled"] = "false" });
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The in-process application on this database, without a Hangfire server: it migrates, seeds and reads.</summary>
    public MentorshipFactory Host { get; }

    /// <summary>Data set up through the in-process application, as an administrator.</summary>
    public Given Given
    {
        get
        {
            _client ??= Host.CreateClient();
            _client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(Roles.Administrator, now: Host.Clock.GetUtcNow()));
            return new Given(_client, Host);
        }
    }

    /// <summary>Creates (afresh) the database named after the configured test database and <paramref name="suffix"/>, and migrates it.</summary>
    public static async Task<ApiProcessDatabase> CreateAsync(string suffix)
    {
        var configured = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
                         ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set.");
        var builder = new NpgsqlConnectionStringBuilder(configured);
        var name = $"{builder.Database}_{suffix}".ToLowerInvariant();
        builder.Database = name;
        var database = new ApiProcessDatabase(configured, name, builder.ToString());
        await database.ExecuteOnServerAsync($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
        await database.ExecuteOnServerAsync($"""CREATE DATABASE "{name}" """);
        _ = database.Host.Services; // starts the application: migrations and Hangfire's schema
        return database;
    }

    /// <summary>
    /// The settings of an API process on this database with a Hangfire server named <paramref name="serverName"/>: a
    /// region's lease of <paramref name="leaseSeconds"/>, a job of a dead server visible again after a little more, and
    /// the sweep after dead workers every five seconds, so that a crash test recovers in seconds.
    /// </summary>
    public Dictionary<string, string> ApiSettings(string serverName, int workers = 2, int leaseSeconds = 8)
    {
        var settings = ApiProcess.PostgreSqlSettings(ConnectionString);
        settings["Hangfire:Server:Enabled"] = "true";
        settings["Hangfire:Server:Name"] = serverName;
        settings["Hangfire:Server:WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture);
        settings["Hangfire:InvisibilityTimeoutSeconds"] = (leaseSeconds + 2).ToString(CultureInfo.InvariantCulture);
        settings["Monitoring:RegionLeaseSeconds"] = leaseSeconds.ToString(CultureInfo.InvariantCulture);
        settings["Monitoring:ResumeAbandonedRunsCron"] = "*/5 * * * * *";
        return settings;
    }

    public async Task<T> QueryAsync<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    public string TableOf<TEntity>() => Host.TableOf<TEntity>();

    /// <summary>How many sessions on this database wait for a lock (a worker stopped by the test's lock).</summary>
    public async Task<long> SessionsWaitingForALockAsync()
    {
        await using var connection = new NpgsqlConnection(_administration);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND wait_event_type = 'Lock'", connection);
        command.Parameters.AddWithValue("name", Name);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await Host.DisposeAsync();
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteOnServerAsync($"""DROP DATABASE IF EXISTS "{Name}" WITH (FORCE)""");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_administration);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
