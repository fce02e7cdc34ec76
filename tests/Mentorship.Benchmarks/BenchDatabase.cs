using System.Data.Common;
using System.Globalization;
using Mentorship.Application;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Infrastructure;
using Mentorship.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>A benchmark database: a new SQLite file, or the PostgreSQL of MENTORSHIP_BENCH_POSTGRES with its public schema rebuilt.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly bool _postgres;

    private BenchDatabase(string connectionString, bool postgres)
    {
        _connectionString = connectionString;
        _postgres = postgres;
    }

    public static async Task<BenchDatabase> CreateAsync(string provider)
    {
        BenchDatabase database;
        if (provider == "postgresql")
        {
            // No command timeout: COPY of a million rows into indexed tables finishes long after 30 s.
            var connectionString = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(MonitoringBenchmarks.PostgresVariable)) { CommandTimeout = 0 }.ToString();
            database = new BenchDatabase(connectionString, postgres: true);
            await using var connection = await database.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;";
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"mentorship-bench-{Guid.NewGuid():N}.db");
            database = new BenchDatabase(new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true }.ToString(), postgres: false);
        }

        await using var context = database.NewContext();
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// A benchmark database that another process created and filled (a child process measuring one run on it): opened
    /// as it is, never rebuilt. Its owner deletes it; do not dispose it here.
    /// </summary>
    public static BenchDatabase Existing(string provider, string sqliteFile) => provider == "postgresql"
        ? new BenchDatabase(new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(MonitoringBenchmarks.PostgresVariable)) { CommandTimeout = 0 }.ToString(), postgres: true)
        : new BenchDatabase(new SqliteConnectionStringBuilder { DataSource = sqliteFile, ForeignKeys = true }.ToString(), postgres: false);

    public bool IsPostgres => _postgres;

    /// <summary>The SQLite file, for the <c>sqlite3</c> command-line shell.</summary>
    public string SqliteFile => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    /// <summary>
    /// The application as production builds it (<c>AddApplication</c> and <c>AddInfrastructure</c> from configuration):
    /// the same interceptors and, on PostgreSQL, the same retrying execution strategy (EnableRetryOnFailure). Only the
    /// current user is the system's, and commands may run as long as they need.
    /// </summary>
    public ServiceProvider Services()
    {
        var connectionString = _postgres
            ? new NpgsqlConnectionStringBuilder(_connectionString) { CommandTimeout = 0 }.ToString()
            : new SqliteConnectionStringBuilder(_connectionString) { DefaultTimeout = 1800 }.ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _postgres ? "PostgreSql" : "Sqlite",
            [_postgres ? "ConnectionStrings:PostgreSql" : "ConnectionStrings:Sqlite"] = connectionString,
            ["Hangfire:Server:Enabled"] = "false",
            ["Exports:PseudonymKey"] = "benchmark-pseudonym-key-0123456789abcdef",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddApplication(null);
        services.AddInfrastructure(configuration, new BenchEnvironment());
        services.AddSingleton<ICurrentUser, SystemUser>();
        return services.BuildServiceProvider();
    }

    public ApplicationDbContext NewContext()
    {
        ApplicationDbContext context = _postgres
            ? new PostgreSqlApplicationDbContext(new DbContextOptionsBuilder<PostgreSqlApplicationDbContext>().UseNpgsql(_connectionString, o => o.CommandTimeout(1800)).Options)
            : new SqliteApplicationDbContext(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(_connectionString, o => o.CommandTimeout(1800)).Options);
        return context;
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = _postgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = _postgres ? value : value switch
        {
            Guid id => id.ToString().ToUpperInvariant(),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }

    public ValueTask DisposeAsync()
    {
        if (!_postgres)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(_connectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>The host environment of the benchmark: Production, rooted in the temporary folder.</summary>
internal sealed class BenchEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;

    public string ApplicationName { get; set; } = "Mentorship.Benchmarks";

    public string ContentRootPath { get; set; } = Path.GetTempPath();

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

/// <summary>The system as the current user, as the recurring jobs run.</summary>
internal sealed class SystemUser : ICurrentUser
{
    public string? Id => "benchmark";

    public bool IsAuthenticated => false;

    public bool IsSystem => true;

    public IReadOnlyCollection<string> Roles => [];

    public Guid? RegionId => null;

    public Guid? MunicipalityId => null;

    public IReadOnlyCollection<Guid> OrganizationIds => [];

    public Guid? PersonId => null;

    public string? ClientId => null;

    public string? RemoteAddress => null;

    public bool IsInRole(string role) => false;
}
