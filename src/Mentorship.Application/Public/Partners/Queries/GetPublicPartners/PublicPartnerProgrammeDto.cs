using Mentorship.Domain.Common;

namespace Mentorship.Application.Public.Partners.Queries.GetPublicPartners;

/// <summary>A published programme that a partner supports, and what the partner brings to it.</summary>
public sealed record PublicPartnerProgrammeDto
{
    public Guid ProgrammeId { get; init; }

    public required string Title { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public string? Role { get; init; }
}
