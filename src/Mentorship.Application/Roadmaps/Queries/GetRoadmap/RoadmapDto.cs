using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

public sealed record RoadmapDto
{
    public Guid Id { get; init; }

    public Guid? MunicipalityId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required string Title { get; init; }

    public AcademicYear AcademicYear { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public string? ApprovedBy { get; init; }

    public long Version { get; init; }

    public IReadOnlyList<RoadmapItemDto> Items { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Roadmap, RoadmapDto>()
            .ForMember(d => d.Items, o => o.MapFrom(s => s.Items.OrderBy(i => i.Deadline).ThenBy(i => i.Id)));
    }
}
