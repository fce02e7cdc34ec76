using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;

public sealed record FinalEventDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Place { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<FinalEvent, FinalEventDto>();
    }
}
