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
    private readonly Dictionary<Guid, List<Action>> _pending = [];

    /// <summary>Runs <paramref name="action"/> now, or after the commit of the transaction open on <paramref name="context"/>.</summary>
    public void Run(DbContext context, Action action)
    {
        if (context.Database.CurrentTransaction is not { } transaction)
        {
            action();
            return;
        }

        if (!_pending.TryGetValue(transaction.TransactionId, out var actions))
        {
            _pending[transaction.TransactionId] = actions = [];
        }

        actions.Add(action);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.TransactionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.TransactionId);
        return Task.CompletedTask;
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

    private void Flush(Guid transactionId)
    {
        if (_pending.Remove(transactionId, out var actions))
        {
            actions.ForEach(action => action());
        }
    }
}
