using System.Collections.Concurrent;
using MediatR;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Common.Events;

/// <summary>
/// A domain event as a MediatR notification. The domain depends on nothing, so its events are wrapped here; a handler
/// implements <c>INotificationHandler&lt;DomainEventNotification&lt;TheEvent&gt;&gt;</c>. Events are published after the
/// save that recorded their change succeeded.
/// </summary>
public sealed record DomainEventNotification<TEvent>(TEvent Event) : INotification
    where TEvent : DomainEvent;

public static class DomainEventNotification
{
    private static readonly ConcurrentDictionary<Type, Func<DomainEvent, INotification>> Factories = new();

    /// <summary>Wraps an event in the notification of its runtime type, which MediatR routes to that type's handlers.</summary>
    public static INotification For(DomainEvent domainEvent) =>
        Factories.GetOrAdd(domainEvent.GetType(), type =>
        {
            var constructor = typeof(DomainEventNotification<>).MakeGenericType(type).GetConstructor([type])!;
            return e => (INotification)constructor.Invoke([e]);
        })(domainEvent);
}
