using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeHistory;

public sealed record StageTransitionDto
{
    public Guid Id { get; init; }

    public ProgrammeStage From { get; init; }

    public ProgrammeStage To { get; init; }

    public DateTimeOffset At { get; init; }

    public string? By { get; init; }

    public string? Reason { get; init; }

    public bool IsReturn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StageTransition, StageTransitionDto>()
            .ForMember(d => d.IsReturn, o => o.MapFrom(s => s.To < s.From));
    }
}
