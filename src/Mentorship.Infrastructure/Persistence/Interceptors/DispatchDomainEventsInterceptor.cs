using MediatR;
using Mentorship.Application.Common.Events;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Mentorship.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Publishes the domain events of the saved entities once their save has succeeded: handlers see the rows written, and
/// nothing is published for a write that failed. A handler that saves has its own events published in turn. Handlers
/// that write belong in the command's transaction (<c>ITransactionalCommand</c>), so that a failing handler undoes
/// the change that set it off.
/// </summary>
public sealed class DispatchDomainEventsInterceptor(IMediator mediator, ILogger<DispatchDomainEventsInterceptor> logger) : SaveChangesInterceptor
{
    // One entry per save in progress: a handler's own save runs inside the publishing of the outer one.
    private readonly Stack<List<DomainEvent>> _saves = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _saves.Push(Collect(eventData.Context));
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _saves.Push(Collect(eventData.Context));
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        _saves.Pop().Count == 0
            ? base.SavedChanges(eventData, result)
            : throw new InvalidOperationException("Domain events are published by SaveChangesAsync only: save with SaveChangesAsync.");

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var events = _saves.Pop();
        if (events.Count > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            logger.LogWarning("{Count} domain event(s) ({Events}) published outside a transaction: a failing handler cannot undo the saved change",
                events.Count, string.Join(", ", events.Select(e => e.GetType().Name).Distinct()));
        }

        foreach (var domainEvent in events)
        {
            await mediator.Publish(DomainEventNotification.For(domainEvent), cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    // A failed or cancelled save publishes nothing.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _saves.Pop();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => DropAsync();

    public override void SaveChangesCanceled(DbContextEventData eventData) => _saves.Pop();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) => DropAsync();

    private Task DropAsync()
    {
        _saves.Pop();
        return Task.CompletedTask;
    }

    /// <summary>Takes the events off the entities about to be saved, so that each is published once.</summary>
    private static List<DomainEvent> Collect(DbContext? context)
    {
        if (context is null)
        {
            return [];
        }

        var entities = context.ChangeTracker.Entries<BaseEntity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        var events = entities.SelectMany(e => e.DomainEvents).ToList();
        entities.ForEach(e => e.ClearDomainEvents());
        return events;
    }
}
