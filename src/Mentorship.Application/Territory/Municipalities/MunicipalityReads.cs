using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities;

/// <summary>The reads the use cases of municipalities share. The rules about a municipality live in <see cref="Municipality"/>.</summary>
internal static class MunicipalityReads
{
    /// <summary>The municipality as the API returns it.</summary>
    public static async Task<MunicipalityDto> DtoAsync(IApplicationDbContext db, IMapper mapper, Guid municipalityId, CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).ProjectTo<MunicipalityDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Municipality), municipalityId);

    /// <summary>An OKTMO code names one municipality only (the database's unique index backs this up).</summary>
    public static async Task EnsureOktmoIsFreeAsync(IApplicationDbContext db, Oktmo oktmo, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Municipalities.AnyAsync(m => m.Oktmo == oktmo.Value && m.Id != exceptId, cancellationToken))
        {
            var what = Catalogue.Text("duplicate.municipality_oktmo");
            throw new ConflictException(ErrorCodes.Common.Duplicate, "oktmo", what, oktmo.Value);
        }
    }
}
