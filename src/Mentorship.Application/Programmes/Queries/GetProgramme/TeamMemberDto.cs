using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>The curator or a member of the organising team of a programme.</summary>
public sealed record TeamMemberDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => PersonId is { } personId ? [personId] : [];

    /// <summary>Identifier of the team entry.</summary>
    public Guid Id { get; init; }

    /// <summary>Curator (куратор) or team member.</summary>
    public TeamRole Role { get; init; }

    /// <summary>The person, when the member is a registered person; null for someone named only.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>Full name as given, else the registered person's last and first name.</summary>
    public string? FullName { get; init; }

    /// <summary>Position (должность); null when none was given.</summary>
    public string? Position { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TeamMember, TeamMemberDto>()
            .ForMember(d => d.FullName, o => o.MapFrom(s => s.FullName ?? (s.Person != null ? s.Person.LastName + " " + s.Person.FirstName : null)));
    }
}
