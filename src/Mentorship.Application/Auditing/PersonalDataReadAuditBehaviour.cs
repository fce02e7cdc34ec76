using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Auditing;

public sealed class PersonalDataReadAuditBehaviour<TRequest, TResponse>(IApplicationDbContext db, ICurrentUser user, TimeProvider time)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is IPersonalDataRead read && !user.IsSystem)
        {
            var details = read.AuditedPersonId is null ? $"{typeof(TRequest).Name}: list" : typeof(TRequest).Name;
            db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), user.Id, user.ClientId, user.RemoteAddress, AuditAction.Read, "Person", read.AuditedPersonId, read.AuditedPersonId, details));
            await db.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
