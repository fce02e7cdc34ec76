using AutoMapper;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

public sealed record RoadmapItemDto
{
    public Guid Id { get; init; }

    public RoadmapStage Stage { get; init; }

    public required string Title { get; init; }

    public DateOnly Deadline { get; init; }

    public string? Responsible { get; init; }

    public RoadmapItemStatus Status { get; init; }

    public string? Result { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public bool IsOverdue { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<RoadmapItem, RoadmapItemDto>();
    }
}
