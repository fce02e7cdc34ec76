using Mentorship.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentorship.WebApi.FunctionalTests.Persistence;

/// <summary>
/// A new SQLite database is created from the embedded script of all migrations (SqliteSchemaScript): the script is
/// what EF generates for this build's migrations, and the database it makes is the one the migrations make. After a
/// migration is added, regenerate it with <c>MENTORSHIP_UPDATE_SCHEMA_SCRIPT=1 dotnet test
/// tests/Mentorship.WebApi.FunctionalTests --filter SqliteSchemaScriptTests</c>.
/// </summary>
[NonParallelizable]
public sealed class SqliteSchemaScriptTests
{
    public const string UpdateVariable = "MENTORSHIP_UPDATE_SCHEMA_SCRIPT";

    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }).Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Test]
    public void The_embedded_script_is_what_EF_generates_for_the_migrations()
    {
        using var context = Context(":memory:");
        var generated = context.GetService<IMigrator>().GenerateScript();

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), SqliteSchemaScript.RepositoryPath), generated);
            Assert.Inconclusive($"{SqliteSchemaScript.RepositoryPath} regenerated; rebuild and run again without {UpdateVariable}.");
        }

        SqliteSchemaScript.Text.Should().NotBeNull("the script is embedded in the Infrastructure assembly");
        SqliteSchemaScript.Text.Should().Be(generated, $"the script must be regenerated after a migration is added ({UpdateVariable}=1)");
        SqliteSchemaScript.MigrationIds(SqliteSchemaScript.Text!).Should().Equal(context.Database.GetMigrations());
    }

    [Test]
    public async Task A_new_database_from_the_script_has_the_schema_and_history_of_the_migrations()
    {
        var migrated = NewFile();
        await using (var context = Context(migrated))
        {
            await context.Database.MigrateAsync();
        }

        var scripted = NewFile();
        await using (var context = Context(scripted))
        {
            (await SqliteSchemaScript.TryCreateAsync(context, NullLogger.Instance, CancellationToken.None)).Should().BeTrue();
            (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }

        var expected = await SchemaAsync(migrated);
        expected.Should().Contain(o => o.StartsWith("table|Programmes|", StringComparison.Ordinal));
        (await SchemaAsync(scripted)).Should().Equal(expected);
        (await HistoryAsync(scripted)).Should().Equal(await HistoryAsync(migrated));
    }

    [Test]
    public async Task The_application_starting_on_a_new_file_creates_it_from_the_script_and_one_part_way_goes_on_with_the_migrations()
    {
        var fresh = NewFile();
        await PrepareAsync(fresh);

        // A database created by an older build, with only its first migration: the rest are applied one by one.
        var partWay = NewFile();
        await using (var context = Context(partWay))
        {
            await context.GetService<IMigrator>().MigrateAsync(context.Database.GetMigrations().First());
        }

        await PrepareAsync(partWay);

        await using (var context = Context(partWay))
        {
            (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }

        (await SchemaAsync(partWay)).Should().Equal(await SchemaAsync(fresh));
    }

    [Test]
    public async Task Two_starts_on_one_new_file_create_it_once()
    {
        var file = NewFile();
        var created = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var context = Context(file);
            return await SqliteSchemaScript.TryCreateAsync(context, NullLogger.Instance, CancellationToken.None);
        })));

        created.Count(c => c).Should().Be(1, "the second start waits for the migration lock and then finds the history");
        await using var check = Context(file);
        (await check.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await HistoryAsync(file)).Should().Equal(check.Database.GetMigrations());
    }

    private string NewFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mentorship-schema-{Guid.NewGuid():N}.db");
        _files.Add(file);
        return file;
    }

    private static SqliteApplicationDbContext Context(string file) =>
        new(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite($"Data Source={file}").Options);

    /// <summary>What start-up does: the application's own migrator, on the application's services.</summary>
    private static async Task PrepareAsync(string file)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<ApplicationDbContext, SqliteApplicationDbContext>(o => o.UseSqlite($"Data Source={file}"))
            .BuildServiceProvider();
        await using (services)
        {
            await DatabaseMigrator.MigrateAsync(services);
        }
    }

    private static async Task<List<string>> SchemaAsync(string file) =>
        await QueryAsync(file, "SELECT type || '|' || name || '|' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE '__EFMigrationsLock%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name");

    private static async Task<List<string>> HistoryAsync(string file) =>
        await QueryAsync(file, """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """);

    private static async Task<List<string>> QueryAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Mentorship.sln not found above the test directory.");
    }
}
