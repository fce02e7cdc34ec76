using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>
/// How long a request may spend on an unreachable database before it gives up (DESIGN §5, failure): connections
/// time out after <c>Database:ConnectTimeoutSeconds</c> (3; unless the connection string sets its own), and the
/// retrying execution strategy stops retrying when another try could not end within
/// <c>Database:RetryBudgetSeconds</c> (4) of the first. The caller then gets a 503 with Retry-After at once
/// instead of waiting out six retries (26–57 s), and the retries still cover a blip.
/// </summary>
public sealed class OutageLimits
{
    public int ConnectTimeoutSeconds { get; init; } = 3;

    public int RetryBudgetSeconds { get; init; } = 4;

    public static OutageLimits From(IConfiguration configuration) => new()
    {
        ConnectTimeoutSeconds = Math.Max(1, configuration.GetValue("Database:ConnectTimeoutSeconds", 3)),
        RetryBudgetSeconds = Math.Max(0, configuration.GetValue("Database:RetryBudgetSeconds", 4)),
    };

    /// <summary>The connection string with the connect timeout, where it does not set one itself.</summary>
    public string WithConnectTimeout(DatabaseProvider provider, string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Timeout") || given.ContainsKey("Connect Timeout") || given.ContainsKey("Connection Timeout"))
        {
            return connectionString;
        }

        return provider switch
        {
            DatabaseProvider.PostgreSql => new NpgsqlConnectionStringBuilder(connectionString) { Timeout = ConnectTimeoutSeconds }.ToString(),
            DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(connectionString) { ConnectTimeout = ConnectTimeoutSeconds }.ToString(),
            _ => connectionString,
        };
    }

    /// <summary>Whether another try after <paramref name="delay"/> could still end within the budget.</summary>
    internal TimeSpan? WithinBudget(Stopwatch sinceFirstTry, TimeSpan? delay) =>
        delay is { } wait && sinceFirstTry.Elapsed + wait + TimeSpan.FromSeconds(ConnectTimeoutSeconds) <= TimeSpan.FromSeconds(RetryBudgetSeconds)
            ? wait
            : null;

    /// <summary>Whether the strategy's context streams its results rather than having them buffered for retries.</summary>
    internal static bool Streams(ExecutionStrategyDependencies dependencies) =>
        dependencies.CurrentContext.Context is ApplicationDbContext { StreamsResults: true };

    /// <summary>
    /// Whether <paramref name="exception"/> says the database could not be reached or answer in time (rather than
    /// that the request was wrong): a transient provider error, retries exhausted, a timeout.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is RetryLimitExceededException or TimeoutException or System.Net.Sockets.SocketException or DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Npgsql's retrying strategy (its transient errors, its delays), bounded by <see cref="OutageLimits"/>.</summary>
internal sealed class BoundedNpgsqlExecutionStrategy(ExecutionStrategyDependencies dependencies, OutageLimits limits)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, DefaultMaxRetryCount, DefaultMaxDelay, null)
{
    private readonly Stopwatch _sinceFirstTry = new();

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _sinceFirstTry.Restart();
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) => limits.WithinBudget(_sinceFirstTry, base.GetNextDelay(lastException));

    /// <summary>
    /// Not while the context streams (<see cref="Application.Common.Interfaces.IStreamingReads"/>): EF then reads the
    /// rows one at a time instead of buffering the whole result; opening the query is still retried.
    /// </summary>
    public override bool RetriesOnFailure => base.RetriesOnFailure && !OutageLimits.Streams(Dependencies);
}

/// <summary>SQL Server's retrying strategy, bounded the same way.</summary>
internal sealed class BoundedSqlServerExecutionStrategy(ExecutionStrategyDependencies dependencies, OutageLimits limits)
    : SqlServerRetryingExecutionStrategy(dependencies, DefaultMaxRetryCount, DefaultMaxDelay, null)
{
    private readonly Stopwatch _sinceFirstTry = new();

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _sinceFirstTry.Restart();
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) => limits.WithinBudget(_sinceFirstTry, base.GetNextDelay(lastException));

    /// <summary>
    /// Not while the context streams (<see cref="Application.Common.Interfaces.IStreamingReads"/>): EF then reads the
    /// rows one at a time instead of buffering the whole result; opening the query is still retried.
    /// </summary>
    public override bool RetriesOnFailure => base.RetriesOnFailure && !OutageLimits.Streams(Dependencies);
}
