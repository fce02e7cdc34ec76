using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Organizations;

internal static class OrganizationRules
{
    /// <summary>The municipality to put an organisation in; one the caller may not manage is reported like a missing one.</summary>
    public static async Task<Municipality> ManageableMunicipality(IApplicationDbContext db, ICurrentUser user, Guid municipalityId, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        return municipality is not null && user.CanManageMunicipality(municipality.Id, municipality.RegionId)
            ? municipality
            : throw new ValidationException("municipalityId", Texts.NotFound(nameof(Municipality), municipalityId));
    }

    public static async Task<Inn?> FreeInn(IApplicationDbContext db, string? value, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var inn = Inn.Create(value);
        if (await db.Organizations.AnyAsync(o => o.Inn == inn.Value && o.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(Texts.Duplicate(Texts.Pick("Организация с ИНН", "An organisation with INN"), inn.Value), "inn");
        }

        return inn;
    }

    public static void ApplyLocationAndContacts(Organization organization, IOrganizationFields fields)
    {
        organization.SetLocation(fields.IsRural ?? false, fields.IsHardToReach ?? false, fields.Address);
        organization.SetContacts(fields.Email, fields.Phone, fields.Website);
    }
}
