using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddContestParticipation;

/// <summary>A contest a person took part in (участие в конкурсе), read by criteria 5 and 6.</summary>
/// <param name="Id">Identifier of the record.</param>
/// <param name="PersonId">The participant.</param>
/// <param name="Year">Calendar year the participation counts in.</param>
/// <param name="Date">Date of the contest; null when not given.</param>
/// <param name="Level">Level of the contest.</param>
/// <param name="Kind">Kind of contest: professional or mentorship.</param>
/// <param name="Name">Name of the contest.</param>
/// <param name="Result">Result (участник, призёр, победитель …); null when not given.</param>
public sealed record ContestParticipationDto(Guid Id, Guid PersonId, int Year, DateOnly? Date, ActivityLevel Level, ContestKind Kind, string Name, string? Result)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ContestParticipation, ContestParticipationDto>();
    }
}
