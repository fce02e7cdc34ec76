using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Holds work that must follow a commit — enqueueing background jobs — until the transaction open on the context
/// commits, and drops it when the transaction rolls back or fails. Without an open transaction the work runs at once.
/// </summary>
public sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    private readonly Dictionary<Guid, List<Func<CancellationToken, ValueTask>>> _pending = [];

    /// <summary>Runs <paramref name="action"/> now, or after the commit of the transaction open on <paramref name="context"/>.</summary>
    public void Run(DbContext context, Action action)
    {
        if (context.Database.CurrentTransaction is not { } transaction)
        {
            action();
            return;
        }

        Hold(transaction.TransactionId, _ =>
        {
            action();
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Awaits <paramref name="work"/> now, or after the commit of the transaction open on <paramref name="context"/>.</summary>
    public async ValueTask RunAsync(DbContext context, Func<CancellationToken, ValueTask> work, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is not { } transaction)
        {
            await work(cancellationToken);
            return;
        }

        Hold(transaction.TransactionId, work);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (!_pending.Remove(eventData.TransactionId, out var works))
        {
            return;
        }

        foreach (var work in works)
        {
            Observe(work(CancellationToken.None));
        }
    }

    /// <summary>
    /// A synchronous caller cannot wait: work that does not finish at once (the in-memory stores do) goes on by itself,
    /// its failure observed rather than left to the finaliser.
    /// </summary>
    public static void Observe(ValueTask running)
    {
        if (!running.IsCompleted)
        {
            _ = running.AsTask().ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_pending.Remove(eventData.TransactionId, out var works))
        {
            foreach (var work in works)
            {
                await work(cancellationToken);
            }
        }
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.Remove(eventData.TransactionId);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Remove(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => _pending.Remove(eventData.TransactionId);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Remove(eventData.TransactionId);
        return Task.CompletedTask;
    }

    private void Hold(Guid transactionId, Func<CancellationToken, ValueTask> work)
    {
        if (!_pending.TryGetValue(transactionId, out var works))
        {
            _pending[transactionId] = works = [];
        }

        works.Add(work);
    }
}
