using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A partner organisation of a programme and what it brings.</summary>
public sealed record PublicProgrammePartnerDto
{
    public Guid OrganizationId { get; init; }

    public required string Name { get; init; }

    public OrganizationKind Kind { get; init; }

    public required string MunicipalityName { get; init; }

    public string? Website { get; init; }

    /// <summary>What the partner brings, in the curator's words.</summary>
    public string? Role { get; init; }
}
