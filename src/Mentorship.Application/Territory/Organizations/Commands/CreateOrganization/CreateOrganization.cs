using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;

/// <summary>The fields a caller sets on an organisation; create and update share them.</summary>
public interface IOrganizationFields
{
    Guid? MunicipalityId { get; }

    string? Name { get; }

    string? ShortName { get; }

    OrganizationKind? Kind { get; }

    string? Inn { get; }

    bool? IsRural { get; }

    bool? IsHardToReach { get; }

    string? Address { get; }

    string? Email { get; }

    string? Phone { get; }

    string? Website { get; }
}

public sealed class OrganizationFieldsValidator : AbstractValidator<IOrganizationFields>
{
    public OrganizationFieldsValidator()
    {
        RuleFor(c => c.MunicipalityId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Organization.NameMaxLength);
        RuleFor(c => c.ShortName).MaximumLength(Organization.ShortNameMaxLength);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Inn).Must(inn => string.IsNullOrWhiteSpace(inn) || Inn.IsValid(inn.Trim()))
            .WithErrorCode(ErrorCodes.Organization.InvalidInn);
        RuleFor(c => c.Address).MaximumLength(Organization.AddressMaxLength);
        RuleFor(c => c.Email).MaximumLength(Organization.ContactMaxLength).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).MaximumLength(Organization.ContactMaxLength);
        RuleFor(c => c.Website).MaximumLength(Organization.ContactMaxLength)
            .Must(w => Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(c => !string.IsNullOrWhiteSpace(c.Website))
            .WithErrorCode(ErrorCodes.Organization.InvalidWebsite);
    }
}

/// <summary>
/// A new organisation (организация) of a municipality: a school, college, additional-education centre, employer, NGO,
/// partner or methodological centre.
/// </summary>
/// <param name="MunicipalityId">The municipality the organisation belongs to.</param>
/// <param name="Name">Full name (полное наименование); up to 500 characters.</param>
/// <param name="ShortName">
/// Short name (краткое наименование), such as "МБОУ СОШ № 1"; optional, up to 200 characters.
/// </param>
/// <param name="Kind">
/// Kind of organisation (тип организации); decides whether it counts for the coverage indicators.
/// </param>
/// <param name="Inn">
/// Taxpayer number (ИНН): 10 digits for a legal entity, 12 for an individual entrepreneur, with valid check digits;
/// optional.
/// </param>
/// <param name="IsRural">
/// The organisation is rural (сельская); false when omitted. Splits the monitoring counts.
/// </param>
/// <param name="IsHardToReach">
/// The organisation is hard to reach (труднодоступная); false when omitted. Splits the monitoring counts.
/// </param>
/// <param name="Address">
/// Postal address; optional, up to 500 characters. Shown on the open information resource.
/// </param>
/// <param name="Email">Contact e-mail; optional, up to 200 characters. Shown on the open information resource.</param>
/// <param name="Phone">Contact phone; optional, up to 200 characters. Shown on the open information resource.</param>
/// <param name="Website">Website, an absolute http or https address; optional, up to 200 characters.</param>
[Authorize(Roles = Roles.Coordinators)]
public sealed record CreateOrganizationCommand(
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
    string? Website) : IRequest<OrganizationDto>, IOrganizationFields;

internal sealed class CreateOrganizationHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<CreateOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(CreateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var municipality = await OrganizationReads.ManageableMunicipalityAsync(db, user, request.MunicipalityId!.Value, cancellationToken);
        var inn = await OrganizationReads.FreeInnAsync(db, request.Inn, null, cancellationToken);
        var organization = new Organization(municipality, request.Name!, request.ShortName, request.Kind!.Value, inn);
        organization.SetLocation(request.IsRural ?? false, request.IsHardToReach ?? false, request.Address);
        organization.SetContacts(request.Email, request.Phone, request.Website);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return await OrganizationReads.DtoAsync(db, mapper, organization.Id, cancellationToken);
    }
}
