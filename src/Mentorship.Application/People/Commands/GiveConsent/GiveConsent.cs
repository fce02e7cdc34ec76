using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Commands.GiveConsent;

/// <summary>
/// Records a consent to personal-data processing (согласие на обработку персональных данных): by the person, or
/// for a minor by a legal representative, whose name is then required; a pupil of 14–17 may co-sign it.
/// </summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record GiveConsentCommand(ConsentGiver? GivenBy, string? RepresentativeName, string? Purpose, DateTimeOffset? GivenAt, string? DocumentReference, bool? CoSignedBySubject = null)
    : IRequest<ConsentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

internal sealed class GiveConsentHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<GiveConsentCommand, ConsentDto>
{
    public async Task<ConsentDto> Handle(GiveConsentCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People.Include(p => p.Consents), request.PersonId, cancellationToken);
        var now = time.GetUtcNow();
        var consent = person.GiveConsent(request.GivenBy!.Value, request.RepresentativeName, request.Purpose!, request.GivenAt ?? now, request.DocumentReference,
            DateOnly.FromDateTime(now.UtcDateTime), request.CoSignedBySubject ?? false);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ConsentDto>(consent);
    }
}
