using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddTraining;

public sealed record TrainingDto(Guid Id, Guid PersonId, string Name, int Hours, DateOnly CompletedAt, string? Provider)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Training, TrainingDto>();
    }
}
