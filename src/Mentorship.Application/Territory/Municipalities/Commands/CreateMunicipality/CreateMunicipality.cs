using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;

[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record CreateMunicipalityCommand(Guid? RegionId, string? Name, string? Oktmo) : IRequest<MunicipalityDto>;

internal sealed class CreateMunicipalityHandler(IApplicationDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<CreateMunicipalityCommand, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(CreateMunicipalityCommand request, CancellationToken cancellationToken)
    {
        // A region the caller may not manage is reported like a missing one.
        if (!user.CanManageRegion(request.RegionId!.Value) || !await db.Regions.AnyAsync(r => r.Id == request.RegionId, cancellationToken))
        {
            throw new ValidationException("regionId", Texts.NotFound(nameof(Region), request.RegionId!));
        }

        await MunicipalityRules.EnsureOktmoIsFree(db, request.Oktmo!, null, cancellationToken);
        var municipality = new Municipality(request.RegionId!.Value, request.Name!, Oktmo.Create(request.Oktmo));
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMunicipalityQuery(municipality.Id), cancellationToken);
    }
}
