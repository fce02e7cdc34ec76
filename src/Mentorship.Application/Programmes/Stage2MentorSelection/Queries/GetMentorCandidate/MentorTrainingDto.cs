using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

public sealed record MentorTrainingDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public int Hours { get; init; }

    public DateOnly? CompletedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentorTraining, MentorTrainingDto>();
    }
}
