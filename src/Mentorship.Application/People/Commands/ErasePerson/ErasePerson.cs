using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Commands.ErasePerson;

/// <summary>
/// Erasure request (152-FZ): names, contacts and birth date are gone, external ids unlinked, consents closed
/// and active participations ended; the record and its aggregates stay so that indicators remain correct.
/// </summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record ErasePersonCommand(Guid Id) : IRequest<Unit>, ITransactionalCommand;

internal sealed class ErasePersonHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<ErasePersonCommand, Unit>
{
    public async Task<Unit> Handle(ErasePersonCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People.Include(p => p.ExternalIds).Include(p => p.Consents), request.Id, cancellationToken);
        if (person.IsAnonymised)
        {
            return Unit.Value;
        }

        person.Anonymise(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
