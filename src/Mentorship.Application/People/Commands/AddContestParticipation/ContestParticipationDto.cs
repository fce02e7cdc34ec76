using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddContestParticipation;

public sealed record ContestParticipationDto(Guid Id, Guid PersonId, int Year, DateOnly? Date, ActivityLevel Level, ContestKind Kind, string Name, string? Result)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ContestParticipation, ContestParticipationDto>();
    }
}
