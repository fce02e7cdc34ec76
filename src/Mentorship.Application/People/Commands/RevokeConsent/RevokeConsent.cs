using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Commands.RevokeConsent;

/// <summary>Revokes a consent; the person's active participations end with the reason "consent revoked" (an event handler), in one transaction.</summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record RevokeConsentCommand(Guid PersonId, Guid ConsentId) : IRequest<ConsentDto>, ITransactionalCommand;

internal sealed class RevokeConsentHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<RevokeConsentCommand, ConsentDto>
{
    public async Task<ConsentDto> Handle(RevokeConsentCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People.Include(p => p.Consents), request.PersonId, cancellationToken);
        if (person.Consents.All(c => c.Id != request.ConsentId))
        {
            throw new NotFoundException(nameof(Consent), request.ConsentId);
        }

        var consent = person.RevokeConsent(request.ConsentId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ConsentDto>(consent);
    }
}
