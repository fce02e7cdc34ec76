using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

/// <summary>
/// The public contacts of an organisation: its reception e-mail, phone and website. These are the only
/// contacts the open information resource shows, and never a person's.
/// </summary>
public sealed record PublicOrganizationContactsDto
{
    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public string? Address { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationContactsDto>();
    }
}
