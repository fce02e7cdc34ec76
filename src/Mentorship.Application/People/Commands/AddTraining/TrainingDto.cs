using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddTraining;

/// <summary>A completed training on mentorship (курсы ДПП по наставничеству) of a person.</summary>
/// <param name="Id">Identifier of the record.</param>
/// <param name="PersonId">The person trained.</param>
/// <param name="Name">Name of the course.</param>
/// <param name="Hours">Length of the course in academic hours.</param>
/// <param name="CompletedAt">Date the course was completed.</param>
/// <param name="Provider">Who ran the course; null when not given.</param>
public sealed record TrainingDto(Guid Id, Guid PersonId, string Name, int Hours, DateOnly CompletedAt, string? Provider)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Training, TrainingDto>();
    }
}
