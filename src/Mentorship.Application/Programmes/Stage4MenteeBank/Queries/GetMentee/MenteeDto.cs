using AutoMapper;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

/// <summary>A mentee of the bank with the requests (topic tags and text) and the channel the data came from.</summary>
public sealed record MenteeDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    /// <summary>Identifier of the mentee in the bank.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The person mentored (наставляемый).</summary>
    public Guid PersonId { get; init; }

    /// <summary>Full name of that person (personal data).</summary>
    public required string PersonName { get; init; }

    /// <summary>Category of the person, which decides the forms they may be mentored in.</summary>
    public PersonCategory PersonCategory { get; init; }

    /// <summary>Grade (класс) 1–11 of a pupil; null for others.</summary>
    public int? Grade { get; init; }

    /// <summary>The mentee has special educational needs (ОВЗ).</summary>
    public bool HasSpecialNeeds { get; init; }

    /// <summary>Where the data about the mentee's needs came from.</summary>
    public MenteeDataChannel DataChannel { get; init; }

    /// <summary>The mentee takes part in matching.</summary>
    public bool IsActive { get; init; }

    /// <summary>The mentee's requests (запросы); stage 4's gate needs a mentee with at least one.</summary>
    public IReadOnlyList<MenteeRequestDto> Requests { get; init; } = [];

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Mentee, MenteeDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.Grade, o => o.MapFrom(s => s.Person!.Grade))
            .ForMember(d => d.HasSpecialNeeds, o => o.MapFrom(s => s.Person!.HasSpecialNeeds))
            .ForMember(d => d.Requests, o => o.MapFrom(s => s.Requests.OrderBy(r => r.Id)));
    }
}
