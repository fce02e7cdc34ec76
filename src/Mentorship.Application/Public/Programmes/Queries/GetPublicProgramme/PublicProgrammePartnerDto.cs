using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A partner organisation of a programme and what it brings.</summary>
public sealed record PublicProgrammePartnerDto
{
    /// <summary>The partner organisation.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>Kind of organisation (employer, NGO, college …).</summary>
    public OrganizationKind Kind { get; init; }

    /// <summary>Its municipality.</summary>
    public required string MunicipalityName { get; init; }

    /// <summary>Its website; null when none.</summary>
    public string? Website { get; init; }

    /// <summary>What the partner brings, in the curator's words.</summary>
    public string? Role { get; init; }
}
