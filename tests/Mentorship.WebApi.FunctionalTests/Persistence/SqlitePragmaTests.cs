using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Persistence;

/// <summary>Every SQLite connection the application opens carries its settings (Database:Sqlite).</summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class SqlitePragmaTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_connection_of_the_application_has_wal_normal_sync_mmap_cache_and_memory_temp_store()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            (await PragmaAsync(connection, "journal_mode")).Should().Be("wal");
            (await PragmaAsync(connection, "synchronous")).Should().Be("1", "NORMAL");
            (await PragmaAsync(connection, "mmap_size")).Should().Be((256L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
            (await PragmaAsync(connection, "cache_size")).Should().Be("-65536", "64 MiB, given in KiB");
            (await PragmaAsync(connection, "temp_store")).Should().Be("2", "MEMORY");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
