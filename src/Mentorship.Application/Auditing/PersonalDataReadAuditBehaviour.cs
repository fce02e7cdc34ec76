using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Auditing;

/// <summary>
/// Logs every successful response that shows personal data (DESIGN.md §5): who read it, when, and one entry per person
/// shown. The persons are found in the response itself (its <see cref="IShowsPersonalData"/> records), so a new query
/// or command that returns such a record is audited without being listed; requests marked
/// <see cref="IPersonalDataRead"/> (a person's consents, records…) are logged even when the response names nobody.
/// </summary>
public sealed class PersonalDataReadAuditBehaviour<TRequest, TResponse>(IApplicationDbContext db, ICurrentUser user, TimeProvider time)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (user.IsSystem)
        {
            return response;
        }

        var subjects = new HashSet<Guid>();
        PersonalDataInResponse.Collect(response, subjects);
        if (request is IPersonalDataRead { AuditedPersonId: { } personId })
        {
            subjects.Add(personId);
        }

        var name = typeof(TRequest).Name;
        var at = time.GetUtcNow();
        foreach (var subject in subjects)
        {
            db.AuditEntries.Add(new AuditEntry(at, user.Id, user.ClientId, user.RemoteAddress, AuditAction.Read, "Person", subject, subject, name));
        }

        var emptyList = subjects.Count == 0 && request is IPersonalDataRead;
        if (emptyList)
        {
            db.AuditEntries.Add(new AuditEntry(at, user.Id, user.ClientId, user.RemoteAddress, AuditAction.Read, "Person", null, null, $"{name}: list"));
        }

        if (subjects.Count > 0 || emptyList)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}

/// <summary>Walks a response (records, lists, pages) for the persons whose data it shows.</summary>
internal static class PersonalDataInResponse
{
    private static readonly Assembly Application = typeof(PersonalDataInResponse).Assembly;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static void Collect(object? value, HashSet<Guid> subjects, int depth = 0)
    {
        if (value is null || depth > 6 || value is string)
        {
            return;
        }

        if (value is IShowsPersonalData record)
        {
            subjects.UnionWith(record.DataSubjects);
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Collect(item, subjects, depth + 1);
            }

            return;
        }

        var type = value.GetType();
        if (type.Assembly != Application)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType && p.PropertyType != typeof(string)).ToArray()))
        {
            Collect(property.GetValue(value), subjects, depth + 1);
        }
    }
}
