using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;

/// <summary>A new municipality (муниципальное образование) of a region.</summary>
/// <param name="RegionId">The region (субъект РФ) the municipality belongs to.</param>
/// <param name="Name">Municipality name, such as "г. Иркутск"; up to 200 characters.</param>
/// <param name="Oktmo">OKTMO code (ОКТМО): 8 digits for a municipal formation, 11 for a settlement inside it.</param>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record CreateMunicipalityCommand(Guid? RegionId, string? Name, string? Oktmo) : IRequest<MunicipalityDto>;

internal sealed class CreateMunicipalityHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<CreateMunicipalityCommand, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(CreateMunicipalityCommand request, CancellationToken cancellationToken)
    {
        // A region the caller may not manage is reported like a missing one.
        if (!user.CanManageRegion(request.RegionId!.Value) || !await db.Regions.AnyAsync(r => r.Id == request.RegionId, cancellationToken))
        {
            throw new ValidationException("regionId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Region)), request.RegionId);
        }

        var oktmo = Oktmo.Create(request.Oktmo);
        await MunicipalityReads.EnsureOktmoIsFreeAsync(db, oktmo, null, cancellationToken);
        var municipality = new Municipality(request.RegionId!.Value, request.Name!, oktmo);
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(cancellationToken);
        return await MunicipalityReads.DtoAsync(db, mapper, municipality.Id, cancellationToken);
    }
}
