using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Persistence;

/// <summary>
/// Every provider's migrations end where its model is. Start-up applies migrations only when some are pending and
/// does not compare the model with the last snapshot (that would build a second model on every start), so this is
/// where a model change without its migration is caught, for each provider.
/// </summary>
public sealed class MigrationsModelTests
{
    private static IEnumerable<TestCaseData> Contexts()
    {
        yield return new TestCaseData((Func<DbContext>)(() => new SqliteApplicationDbContext(
            new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite("Data Source=:memory:").Options))).SetArgDisplayNames("Sqlite");
        yield return new TestCaseData((Func<DbContext>)(() => new PostgreSqlApplicationDbContext(
            new DbContextOptionsBuilder<PostgreSqlApplicationDbContext>().UseNpgsql("Host=unused;Database=unused").Options))).SetArgDisplayNames("PostgreSql");
        yield return new TestCaseData((Func<DbContext>)(() => new SqlServerApplicationDbContext(
            new DbContextOptionsBuilder<SqlServerApplicationDbContext>().UseSqlServer("Server=unused;Database=unused;Trusted_Connection=True;TrustServerCertificate=True").Options))).SetArgDisplayNames("SqlServer");
    }

    [TestCaseSource(nameof(Contexts))]
    public void The_migrations_match_the_model(Func<DbContext> create)
    {
        using var context = create();

        context.Database.HasPendingModelChanges().Should().BeFalse($"a migration must be added for every model change (dotnet ef migrations add … --context {context.GetType().Name})");
        context.Database.GetMigrations().Should().NotBeEmpty();
    }
}
