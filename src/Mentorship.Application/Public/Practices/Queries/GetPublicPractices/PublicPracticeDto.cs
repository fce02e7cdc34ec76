using Mentorship.Domain.Common;

namespace Mentorship.Application.Public.Practices.Queries.GetPublicPractices;

/// <summary>A success case published at completion, in the base of best practices (база лучших практик).</summary>
public sealed record PublicPracticeDto : IPublicResource
{
    /// <summary>Identifier of the practice (success case).</summary>
    public Guid Id { get; init; }

    /// <summary>Title of the practice.</summary>
    public required string Title { get; init; }

    /// <summary>The curator's public text.</summary>
    public required string Text { get; init; }

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The programme it comes from.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>Title of that programme.</summary>
    public required string ProgrammeTitle { get; init; }

    /// <summary>Academic year (учебный год) the programme starts, such as "2024/2025".</summary>
    public AcademicYear StartYear { get; init; }

    /// <summary>Academic year it ends; null when not set.</summary>
    public AcademicYear? EndYear { get; init; }

    /// <summary>The organisation that runs the programme.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Name of that organisation.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>The municipality of the organisation.</summary>
    public Guid MunicipalityId { get; init; }

    /// <summary>Name of the municipality.</summary>
    public required string MunicipalityName { get; init; }

    /// <summary>The region (субъект РФ).</summary>
    public Guid RegionId { get; init; }

    /// <summary>Name of the region.</summary>
    public required string RegionName { get; init; }

    /// <summary>When the entry last changed (UTC); drives Last-Modified and the ETag for caching.</summary>
    public DateTimeOffset LastModified { get; init; }
}
