using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

/// <summary>A training of a mentor candidate at stage 2 (обучение наставников), planned or completed.</summary>
public sealed record MentorTrainingDto
{
    /// <summary>Identifier of the training.</summary>
    public Guid Id { get; init; }

    /// <summary>Name of the training.</summary>
    public required string Name { get; init; }

    /// <summary>Length in academic hours.</summary>
    public int Hours { get; init; }

    /// <summary>Date it was completed; null while planned.</summary>
    public DateOnly? CompletedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentorTraining, MentorTrainingDto>();
    }
}
