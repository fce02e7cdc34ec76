using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

/// <summary>
/// A roadmap (дорожная карта) of a municipality or an organisation for an academic year, with its items.
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

    /// <summary>Academic year (учебный год), such as "2024/2025".</summary>
    public AcademicYear AcademicYear { get; init; }

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
            .ForMember(d => d.Items, o => o.MapFrom(s => s.Items.OrderBy(i => i.Deadline).ThenBy(i => i.Id)));
    }
}
