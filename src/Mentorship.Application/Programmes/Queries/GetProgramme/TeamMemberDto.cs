using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

public sealed record TeamMemberDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => PersonId is { } personId ? [personId] : [];

    public Guid Id { get; init; }

    public TeamRole Role { get; init; }

    public Guid? PersonId { get; init; }

    public string? FullName { get; init; }

    public string? Position { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TeamMember, TeamMemberDto>()
            .ForMember(d => d.FullName, o => o.MapFrom(s => s.FullName ?? (s.Person != null ? s.Person.LastName + " " + s.Person.FirstName : null)));
    }
}
