using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Partners.Commands.AddProgrammePartner;

/// <summary>
/// Adds a partner to a programme: an organisation named by its id, or found by its INN — and, when the INN is new,
/// created with the name and kind given.
/// </summary>
/// <param name="OrganizationId">The partner organisation; or give its INN instead.</param>
/// <param name="Inn">INN (ИНН) of the partner, 10 or 12 digits with valid check digits; or give the organisation id instead.</param>
/// <param name="Name">Full name, to create the organisation when its INN is not registered yet; up to 500 characters.</param>
/// <param name="ShortName">Short name for a new organisation; optional, up to 200 characters.</param>
/// <param name="Kind">Kind of a new organisation (Employer, Ngo, HigherEducation…); required to create one.</param>
/// <param name="MunicipalityId">Municipality of a new organisation, in the programme's region; by default the programme's.</param>
/// <param name="Role">What the partner brings, in the curator's words; optional, up to 500 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddProgrammePartnerCommand(
    Guid? OrganizationId, string? Inn, string? Name, string? ShortName, OrganizationKind? Kind, Guid? MunicipalityId, string? Role) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddProgrammePartnerHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper)
    : IRequestHandler<AddProgrammePartnerCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddProgrammePartnerCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithPartnersAsync(request.ProgrammeId, cancellationToken);
        var organization = await PartnerAsync(request, programme.Organization!, cancellationToken);
        var partner = programme.AddPartner(organization.Id, request.Role);
        db.Audit(user, time, AuditAction.Create, partner, PartnerAudit.Added, $"{programme.Id} {organization.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }

    /// <summary>
    /// Partners come from anywhere (an employer of another municipality), so they are looked up past the caller's
    /// scope: a partner's name, kind and INN are public facts of the open resource anyway.
    /// </summary>
    private async Task<Organization> PartnerAsync(AddProgrammePartnerCommand request, Organization owner, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.IgnoreQueryFilters().Where(o => !o.IsArchived);
        if (request.OrganizationId is { } id)
        {
            return await organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                   ?? throw new ValidationException("organizationId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), id);
        }

        var inn = Inn.Create(request.Inn);
        if (await organizations.SingleOrDefaultAsync(o => o.Inn == inn.Value, cancellationToken) is { } found)
        {
            return found;
        }

        // A new INN: the organisation is created, so it needs its name and kind.
        if (string.IsNullOrWhiteSpace(request.Name) || request.Kind is null)
        {
            var field = string.IsNullOrWhiteSpace(request.Name) ? "name" : "kind";
            throw new ValidationException(field, ErrorCodes.Partners.NameRequired, inn.Value);
        }

        var municipalityId = request.MunicipalityId ?? owner.MunicipalityId;
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId && m.RegionId == owner.RegionId, cancellationToken)
                           ?? throw new ValidationException("municipalityId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Municipality)), municipalityId);
        var created = new Organization(municipality, request.Name!, request.ShortName, request.Kind.Value, inn);
        db.Organizations.Add(created);
        return created;
    }
}

/// <summary>What the audit log says of a programme's partners.</summary>
internal static class PartnerAudit
{
    public const string Added = "partner.added";
    public const string RoleChanged = "partner.role_changed";
    public const string Removed = "partner.removed";
}
