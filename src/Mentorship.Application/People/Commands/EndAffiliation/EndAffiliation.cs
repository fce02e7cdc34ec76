using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.AddAffiliation;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Commands.EndAffiliation;

/// <summary>The last day a person belonged to one of their organisations.</summary>
/// <param name="To">The last day, not before the first.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record EndAffiliationCommand(DateOnly? To) : IRequest<AffiliationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid AffiliationId { get; init; }
}

internal sealed class EndAffiliationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<EndAffiliationCommand, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(EndAffiliationCommand request, CancellationToken cancellationToken)
    {
        // Only an affiliation with an organisation in the caller's scope is found.
        var affiliation = await db.PersonAffiliations.SingleOrDefaultAsync(a => a.Id == request.AffiliationId && a.PersonId == request.PersonId, cancellationToken)
                          ?? throw new NotFoundException(nameof(PersonAffiliation), request.AffiliationId);
        var person = await PersonReads.PersonAsync(db.People, request.PersonId, cancellationToken);
        person.EndAffiliation(affiliation, request.To!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AffiliationDto>(affiliation);
    }
}
