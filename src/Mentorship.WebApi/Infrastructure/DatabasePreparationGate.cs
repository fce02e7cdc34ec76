using Mentorship.Infrastructure.Persistence;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Holds a request that arrives while the database is still being prepared (<see cref="DatabasePreparation"/>: the
/// server listens while migrations and demo data run) until it is ready, so that no request meets a half-migrated
/// database. The health probes answer at once: liveness says the process runs, readiness says "not yet".
/// </summary>
public sealed class DatabasePreparationGate(RequestDelegate next, DatabasePreparation database)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!database.IsPrepared && !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await database.WaitAsync(context.RequestAborted);
        }

        await next(context);
    }
}
