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
/// <param name="GivenBy">Who gives the consent: the person, or a legal representative (required for a minor).</param>
/// <param name="RepresentativeName">
/// Full name of the legal representative (законный представитель); required when givenBy is LegalRepresentative.
/// </param>
/// <param name="Purpose">Purpose of the processing (цель обработки), as in the signed consent.</param>
/// <param name="GivenAt">When the consent was signed (not in the future); now when omitted.</param>
/// <param name="DocumentReference">Reference to the signed document (number, registry entry); optional.</param>
/// <param name="CoSignedBySubject">
/// The minor co-signs the legal representative's consent: allowed only for a pupil of 14–17 on a representative's
/// consent; false when omitted.
/// </param>
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
