using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Organizations;

/// <summary>The reads the use cases of organisations share. The rules about an organisation live in <see cref="Organization"/>.</summary>
internal static class OrganizationReads
{
    /// <summary>The organisation as the API returns it.</summary>
    public static async Task<OrganizationDto> DtoAsync(IApplicationDbContext db, IMapper mapper, Guid organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).ProjectTo<OrganizationDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Organization), organizationId);

    /// <summary>The municipality to put an organisation in; one the caller may not manage is reported like a missing one.</summary>
    public static async Task<Municipality> ManageableMunicipalityAsync(IApplicationDbContext db, ICurrentUser user, Guid municipalityId, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        return municipality is not null && user.CanManageMunicipality(municipality.Id, municipality.RegionId)
            ? municipality
            : throw new ValidationException("municipalityId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Municipality)), municipalityId);
    }

    /// <summary>The INN, if one is given, once no other organisation has it (the database's unique index backs this up).</summary>
    public static async Task<Inn?> FreeInnAsync(IApplicationDbContext db, string? value, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var inn = Inn.Create(value);
        if (await db.Organizations.AnyAsync(o => o.Inn == inn.Value && o.Id != exceptId, cancellationToken))
        {
            var what = Catalogue.Text("duplicate.organization_inn");
            throw new ConflictException(ErrorCodes.Common.Duplicate, "inn", what, inn.Value);
        }

        return inn;
    }
}
