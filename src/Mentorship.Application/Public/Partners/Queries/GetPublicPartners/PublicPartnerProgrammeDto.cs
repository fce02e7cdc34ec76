using Mentorship.Domain.Common;

namespace Mentorship.Application.Public.Partners.Queries.GetPublicPartners;

/// <summary>A published programme that a partner supports, and what the partner brings to it.</summary>
public sealed record PublicPartnerProgrammeDto
{
    /// <summary>The published programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>Title of the programme.</summary>
    public required string Title { get; init; }

    /// <summary>The organisation that runs it.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Name of that organisation.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>Academic year (учебный год) the programme starts, such as "2024/2025".</summary>
    public AcademicYear StartYear { get; init; }

    /// <summary>Academic year it ends; null when not set.</summary>
    public AcademicYear? EndYear { get; init; }

    /// <summary>What the partner brings, in the curator's words; null when not said.</summary>
    public string? Role { get; init; }
}
