using MediatR;
using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Common.Behaviours;

/// <summary>
/// Runs an <see cref="ITransactionalCommand"/> in one database transaction: its own saves and those of the
/// domain-event handlers it sets off commit together, and the background jobs it enqueues start only after the commit.
/// The provider's execution strategy wraps it, so that a transient failure retries the whole command from a clean
/// change tracker. A command sent while a transaction is open joins it.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IApplicationDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ITransactionalCommand || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        var attempt = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            TResponse response;
            try
            {
                response = await next();
            }
            catch
            {
                // Explicitly, so that what waits for the commit (jobs to enqueue) hears of the rollback.
                await transaction.RollbackAsync(CancellationToken.None);
                throw;
            }

            await transaction.CommitAsync(cancellationToken);
            return response;
        });
    }
}
