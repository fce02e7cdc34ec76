using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Commands.AddAffiliation;

/// <summary>One more organisation the person belongs to (a pupil of a school who also attends a ДО centre).</summary>
/// <param name="OrganizationId">The organisation, within the caller's scope and not archived.</param>
/// <param name="Role">What the person is at that organisation (категория).</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day; null while it lasts; not before the first.</param>
/// <param name="Snils">
/// The person's СНИЛС, needed only when the person is not yet in the caller's scope (a pupil of another school of the
/// municipality, found by СНИЛС): it must be theirs.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddAffiliationCommand(Guid? OrganizationId, PersonCategory? Role, DateOnly? From, DateOnly? To, string? Snils) : IRequest<AffiliationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

internal sealed class AddAffiliationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddAffiliationCommand, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(AddAffiliationCommand request, CancellationToken cancellationToken)
    {
        // The person of the path first: out of the caller's scope and without a СНИЛС to reach them, not found.
        var visible = await db.People.SingleOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken);
        if (visible is null && Snils.Normalize(request.Snils) is null)
        {
            throw new NotFoundException(nameof(Person), request.PersonId);
        }

        var organization = await db.Organizations.Where(o => o.Id == request.OrganizationId && !o.IsArchived)
                               .Select(o => new { o.Id, o.MunicipalityId }).SingleOrDefaultAsync(cancellationToken)
                           ?? throw new ValidationException("organizationId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), request.OrganizationId!);
        var person = visible ?? await PersonOfTheMunicipalityAsync(request, organization.MunicipalityId, cancellationToken);
        var affiliation = person.Affiliate(organization.Id, request.Role!.Value, request.From!.Value, request.To);
        db.PersonAffiliations.Add(affiliation);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AffiliationDto>(affiliation);
    }

    /// <summary>
    /// A person outside the caller's scope is reached only with their own СНИЛС (which proves the caller holds their
    /// documents), and only from the municipality of their home organisation; anything else is not found.
    /// </summary>
    private async Task<Person> PersonOfTheMunicipalityAsync(AddAffiliationCommand request, Guid municipalityId, CancellationToken cancellationToken)
    {
        var snils = Snils.Normalize(request.Snils);
        var person = snils is null
            ? null
            : await db.People.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == request.PersonId && p.Snils == snils, cancellationToken);
        if (person is null)
        {
            throw new NotFoundException(nameof(Person), request.PersonId);
        }

        var home = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == person.OrganizationId).Select(o => o.MunicipalityId).SingleAsync(cancellationToken);
        return home == municipalityId ? person : throw new ValidationException("organizationId", ErrorCodes.Affiliation.OtherMunicipality);
    }
}
