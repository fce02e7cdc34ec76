using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;

/// <summary>The programme's final event (итоговое мероприятие), where pairs and groups present their results.</summary>
public sealed record FinalEventDto
{
    /// <summary>Identifier of the event.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>When it takes place, date and time with offset.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Title of the event.</summary>
    public required string Title { get; init; }

    /// <summary>What happens there; null when not given.</summary>
    public string? Description { get; init; }

    /// <summary>Where it takes place; null when not given.</summary>
    public string? Place { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<FinalEvent, FinalEventDto>();
    }
}
