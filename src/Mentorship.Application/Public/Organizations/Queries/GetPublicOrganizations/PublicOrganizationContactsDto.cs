using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

/// <summary>
/// The public contacts of an organisation: its reception e-mail, phone and website. These are the only
/// contacts the open information resource shows, and never a person's.
/// </summary>
public sealed record PublicOrganizationContactsDto
{
    /// <summary>Reception e-mail of the organisation; null when none.</summary>
    public string? Email { get; init; }

    /// <summary>Reception phone; null when none.</summary>
    public string? Phone { get; init; }

    /// <summary>Website address; null when none.</summary>
    public string? Website { get; init; }

    /// <summary>Postal address; null when none.</summary>
    public string? Address { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationContactsDto>();
    }
}
