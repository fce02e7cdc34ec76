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

/// <summary>New details of an organisation (организация); every field is replaced.</summary>
/// <param name="MunicipalityId">The municipality the organisation belongs to.</param>
/// <param name="Name">Full name (полное наименование); up to 500 characters.</param>
/// <param name="ShortName">Short name (краткое наименование); optional, up to 200 characters.</param>
/// <param name="Kind">Kind of organisation (тип организации).</param>
/// <param name="Inn">Taxpayer number (ИНН): 10 or 12 digits with valid check digits; optional.</param>
/// <param name="IsRural">The organisation is rural (сельская); false when omitted.</param>
/// <param name="IsHardToReach">The organisation is hard to reach (труднодоступная); false when omitted.</param>
/// <param name="Address">Postal address; optional, up to 500 characters.</param>
/// <param name="Email">Contact e-mail; optional, up to 200 characters.</param>
/// <param name="Phone">Contact phone; optional, up to 200 characters.</param>
/// <param name="Website">Website, an absolute http or https address; optional, up to 200 characters.</param>
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
