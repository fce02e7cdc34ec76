using AutoMapper;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;

/// <summary>A mentor of the bank: competences as tags, capacity (mentees at a time) and source.</summary>
public sealed record MentorDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    /// <summary>Identifier of the mentor in the bank.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The person who mentors (наставник).</summary>
    public Guid PersonId { get; init; }

    /// <summary>Full name of that person (personal data).</summary>
    public required string PersonName { get; init; }

    /// <summary>Category of the person, which decides the forms they may mentor in.</summary>
    public PersonCategory PersonCategory { get; init; }

    /// <summary>The accepted candidate of stage 2 the mentor came from; null when entered otherwise.</summary>
    public Guid? CandidateId { get; init; }

    /// <summary>How many mentees the mentor takes at a time.</summary>
    public int Capacity { get; init; }

    /// <summary>Where the mentor comes from (источник).</summary>
    public MentorSource Source { get; init; }

    /// <summary>Why the curator let the mentor in without a completed training; null when trained.</summary>
    public string? TrainingExceptionReason { get; init; }

    /// <summary>The mentor is in the offer: matching may propose them.</summary>
    public bool IsActive { get; init; }

    /// <summary>Competences (компетенции) as topic tags, lower case.</summary>
    public IReadOnlyList<string> Competences { get; init; } = [];

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Mentor, MentorDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.Competences, o => o.MapFrom(s => s.Competences.OrderBy(c => c.Tag).Select(c => c.Tag)));
    }
}
