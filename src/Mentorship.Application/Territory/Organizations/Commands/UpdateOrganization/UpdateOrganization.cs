using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Organizations.Commands.UpdateOrganization;

[Authorize(Roles = $"{Roles.Coordinators},{Roles.OrganizationAdministrator}")]
public sealed record UpdateOrganizationCommand(
    Guid? MunicipalityId,
    string? Name,
    string? ShortName,
    OrganizationKind? Kind,
    string? Inn,
    bool? IsRural,
    bool? IsHardToReach,
    string? Address,
    string? Email,
    string? Phone,
    string? Website) : IRequest<OrganizationDto>, IOrganizationFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateOrganizationHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<UpdateOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(UpdateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        // Moving an organisation to another municipality takes the right to manage the target one.
        var municipality = organization.MunicipalityId == request.MunicipalityId
            ? await db.Municipalities.SingleAsync(m => m.Id == organization.MunicipalityId, cancellationToken)
            : await OrganizationReads.ManageableMunicipalityAsync(db, user, request.MunicipalityId!.Value, cancellationToken);
        var inn = await OrganizationReads.FreeInnAsync(db, request.Inn, organization.Id, cancellationToken);
        organization.Update(request.Name!, request.ShortName, request.Kind!.Value, inn, municipality);
        organization.SetLocation(request.IsRural ?? false, request.IsHardToReach ?? false, request.Address);
        organization.SetContacts(request.Email, request.Phone, request.Website);
        await db.SaveChangesAsync(cancellationToken);
        return await OrganizationReads.DtoAsync(db, mapper, organization.Id, cancellationToken);
    }
}
