using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeHistory;

/// <summary>
/// A move of the programme between stages, forward through a gate or back with a reason (история этапов).
/// </summary>
public sealed record StageTransitionDto
{
    /// <summary>Identifier of the transition.</summary>
    public Guid Id { get; init; }

    /// <summary>The stage the programme left.</summary>
    public ProgrammeStage From { get; init; }

    /// <summary>The stage it moved to.</summary>
    public ProgrammeStage To { get; init; }

    /// <summary>When it moved (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who moved it (the user's id); null when unknown.</summary>
    public string? By { get; init; }

    /// <summary>Why it went back; null for a move forward.</summary>
    public string? Reason { get; init; }

    /// <summary>The programme went back to an earlier stage.</summary>
    public bool IsReturn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StageTransition, StageTransitionDto>()
            .ForMember(d => d.IsReturn, o => o.MapFrom(s => s.To < s.From));
    }
}
