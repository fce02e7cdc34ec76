using AutoMapper;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;

/// <summary>A mentor of the bank: competences as tags, capacity (mentees at a time) and source.</summary>
public sealed record MentorDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public PersonCategory PersonCategory { get; init; }

    public Guid? CandidateId { get; init; }

    public int Capacity { get; init; }

    public MentorSource Source { get; init; }

    public bool IsActive { get; init; }

    public IReadOnlyList<string> Competences { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Mentor, MentorDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.Competences, o => o.MapFrom(s => s.Competences.OrderBy(c => c.Tag).Select(c => c.Tag)));
    }
}
