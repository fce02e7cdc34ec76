using AutoMapper;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

/// <summary>
/// An item of a roadmap (мероприятие дорожной карты): the measure, its deadline, who is responsible, status and result.
/// </summary>
public sealed record RoadmapItemDto
{
    /// <summary>Identifier of the item.</summary>
    public Guid Id { get; init; }

    /// <summary>The roadmap stage it belongs to.</summary>
    public RoadmapStage Stage { get; init; }

    /// <summary>The measure (мероприятие).</summary>
    public required string Title { get; init; }

    /// <summary>Date it is due (срок).</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>Who is responsible (ответственный); null when not given.</summary>
    public string? Responsible { get; init; }

    /// <summary>Planned, in progress, done or cancelled.</summary>
    public RoadmapItemStatus Status { get; init; }

    /// <summary>The actual result (done) or the reason (cancelled); null otherwise.</summary>
    public string? Result { get; init; }

    /// <summary>Date it was done; null unless done.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Open and past its deadline, as the daily job flagged it.</summary>
    public bool IsOverdue { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<RoadmapItem, RoadmapItemDto>();
    }
}
