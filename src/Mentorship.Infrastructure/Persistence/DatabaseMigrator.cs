using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>Applies the chosen provider's pending migrations: at start-up for SQLite, or by the <c>--migrate</c> switch.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Applying {Count} pending migration(s) with {Provider}", pending.Count, context.Database.ProviderName);

        // Nothing pending: no lock, no comparison of the model with the last snapshot (a second model to build). That
        // the migrations match the model is held by a test for each provider (MigrationsModelTests).
        // A new SQLite database is created from the script of all its migrations (SqliteSchemaScript).
        if (pending.Count > 0 && !await SqliteSchemaScript.TryCreateAsync(context, logger, cancellationToken))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        // Programmes saved before the public search stemmed its text get their stems now (none once done); what the
        // server cached of the public search before is evicted.
        var stemmed = await Search.ProgrammeSearchBackfill.RunAsync(context, scope.ServiceProvider.GetService<IOutputCacheStore>(), cancellationToken);
        if (stemmed > 0)
        {
            logger.LogInformation("Stemmed the search text of {Count} programme(s)", stemmed);
        }
    }
}
