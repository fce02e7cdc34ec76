using AutoMapper;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

/// <summary>A mentee of the bank with the requests (topic tags and text) and the channel the data came from.</summary>
public sealed record MenteeDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public PersonCategory PersonCategory { get; init; }

    public int? Grade { get; init; }

    public bool HasSpecialNeeds { get; init; }

    public MenteeDataChannel DataChannel { get; init; }

    public bool IsActive { get; init; }

    public IReadOnlyList<MenteeRequestDto> Requests { get; init; } = [];

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
