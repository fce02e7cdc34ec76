using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>
/// Gets the database ready while the web server starts, rather than before it: the pending migrations where they are
/// applied at start-up (<see cref="DatabaseSettings.ShouldMigrateOnStartup"/>), then, in Development, the demo data
/// when the database has none. The host's services start concurrently, so building the EF model and migrating overlap
/// with building the endpoints; the host is not started (and a test factory not returned) until this is done, and a
/// request that arrives in between waits for it (<see cref="WaitAsync"/>). Readiness says "not ready" until then.
/// A failure fails the start, as a failed migration always did.
/// </summary>
public sealed class DatabasePreparation(IServiceProvider services, DatabaseSettings settings, IHostEnvironment environment) : IHostedService, IHealthCheck
{
    public const string HealthCheckName = "database-preparation";

    private readonly TaskCompletionSource _prepared = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the database is ready for requests.</summary>
    public bool IsPrepared => _prepared.Task.IsCompletedSuccessfully;

    /// <summary>Completes once the database is ready; fails as the preparation did.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _prepared.Task.WaitAsync(cancellationToken);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Off the caller's thread at once: the host runs the synchronous start of its services one after the other.
        await Task.Yield();
        try
        {
            if (settings.ShouldMigrateOnStartup)
            {
                await DatabaseMigrator.MigrateAsync(services, cancellationToken);
            }

            if (environment.IsDevelopment())
            {
                await Identity.DevelopmentUsers.SeedAsync(services, cancellationToken);
            }

            _prepared.TrySetResult();
        }
        catch (Exception exception)
        {
            _prepared.TrySetException(exception);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsPrepared ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus, "The database is being prepared."));
}
