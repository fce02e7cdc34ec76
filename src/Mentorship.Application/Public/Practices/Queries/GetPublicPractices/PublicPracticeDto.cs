using Mentorship.Domain.Common;

namespace Mentorship.Application.Public.Practices.Queries.GetPublicPractices;

/// <summary>A success case published at completion, in the base of best practices (база лучших практик).</summary>
public sealed record PublicPracticeDto : IPublicResource
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The curator's public text.</summary>
    public required string Text { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public Guid ProgrammeId { get; init; }

    public required string ProgrammeTitle { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public DateTimeOffset LastModified { get; init; }
}
