using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mentorship.WebApi.FunctionalTests.Persistence;

/// <summary>The --migrate switch applies a provider's migrations and exits, without starting the web host.</summary>
public sealed class MigrateCommandTests
{
    [Test]
    public async Task Migrate_creates_the_sqlite_schema_and_exits()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mentorship-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var exitCode = await RunMigrate(("Database__Provider", "Sqlite"), ("ConnectionStrings__Sqlite", $"Data Source={file}"));

            exitCode.Should().Be(0);
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('Organizations', '__EFMigrationsHistory')";
            (await command.ExecuteScalarAsync()).Should().Be(2L);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Test]
    public async Task Migrate_creates_the_postgresql_schema_and_exits()
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Ignore($"PostgreSQL is not configured ({TestDatabase.PostgresVariable}).");
        }

        var database = $"mentorship_migrate_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        var target = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false };
        await Execute(admin.ConnectionString, $"CREATE DATABASE {database}");
        try
        {
            var exitCode = await RunMigrate(("Database__Provider", "PostgreSql"), ("ConnectionStrings__PostgreSql", target.ConnectionString));

            exitCode.Should().Be(0);
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('Organizations', '__EFMigrationsHistory')", connection);
            (await command.ExecuteScalarAsync()).Should().Be(2L);
        }
        finally
        {
            await Execute(admin.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task<int> RunMigrate(params (string Name, string Value)[] environment)
    {
        var assembly = Path.Combine(TestContext.CurrentContext.TestDirectory, "Mentorship.WebApi.dll");
        var start = new ProcessStartInfo("dotnet", [assembly, "--migrate"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestContext.CurrentContext.TestDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        TestContext.Out.WriteLine(await output);
        TestContext.Out.WriteLine(await errors);
        return process.ExitCode;
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
