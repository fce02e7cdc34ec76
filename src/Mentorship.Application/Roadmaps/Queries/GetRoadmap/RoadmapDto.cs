using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

/// <summary>
/// A roadmap (дорожная карта) of a municipality or an organisation for a period of years, with its approval and its items.
/// </summary>
public sealed record RoadmapDto
{
    /// <summary>Identifier of the roadmap.</summary>
    public Guid Id { get; init; }

    /// <summary>The municipality it is of; null for an organisation's roadmap.</summary>
    public Guid? MunicipalityId { get; init; }

    /// <summary>The organisation it is of; null for a municipality's roadmap.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>Title of the roadmap.</summary>
    public required string Title { get; init; }

    /// <summary>First year of the period (e.g. 2020).</summary>
    public int StartYear { get; init; }

    /// <summary>Last year of the period (e.g. 2024).</summary>
    public int EndYear { get; init; }

    /// <summary>Academic year (учебный год) of a yearly roadmap, such as "2024/2025"; null for one of several years.</summary>
    public AcademicYear? AcademicYear { get; init; }

    /// <summary>Draft, Submitted (with its reviewer), Returned (for changes, with a comment) or Approved.</summary>
    public RoadmapStatus Status { get; init; }

    /// <summary>Day it was last submitted; null before.</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>Day it was last returned; null before.</summary>
    public DateOnly? ReturnedOn { get; init; }

    /// <summary>The reviewer's comment when it was last returned; null before.</summary>
    public string? ReturnComment { get; init; }

    /// <summary>When it was approved (UTC); null while not approved.</summary>
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>Who approved it (the user's id); null while not approved.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>
    /// Version of the record, carried by the ETag; send the ETag in If-Match to change or approve it (a stale one
    /// answers 412).
    /// </summary>
    public long Version { get; init; }

    /// <summary>The items (мероприятия) of the roadmap.</summary>
    public IReadOnlyList<RoadmapItemDto> Items { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Roadmap, RoadmapDto>()
            .ForMember(d => d.Items, o => o.MapFrom(s => s.Items.OrderBy(i => i.SortKey).ThenBy(i => i.Id)));
    }
}
