using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Municipalities.Commands.UpdateMunicipality;

/// <summary>New name and OKTMO code of a municipality (муниципальное образование).</summary>
/// <param name="Name">Municipality name; up to 200 characters.</param>
/// <param name="Oktmo">OKTMO code (ОКТМО): 8 digits for a municipal formation, 11 for a settlement inside it.</param>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record UpdateMunicipalityCommand(string? Name, string? Oktmo) : IRequest<MunicipalityDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateMunicipalityHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<UpdateMunicipalityCommand, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(UpdateMunicipalityCommand request, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (!user.CanManageRegion(municipality.RegionId))
        {
            throw new NotFoundException(nameof(Municipality), request.Id);
        }

        var oktmo = Oktmo.Create(request.Oktmo);
        await MunicipalityReads.EnsureOktmoIsFreeAsync(db, oktmo, municipality.Id, cancellationToken);
        municipality.Update(request.Name!, oktmo);
        await db.SaveChangesAsync(cancellationToken);
        return await MunicipalityReads.DtoAsync(db, mapper, municipality.Id, cancellationToken);
    }
}
