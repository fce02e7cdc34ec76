using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

public sealed record MenteeRequestDto
{
    public Guid Id { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MenteeRequest, MenteeRequestDto>()
            .ForMember(d => d.Tags, o => o.MapFrom(s => s.Tags.OrderBy(t => t.Tag).Select(t => t.Tag)));
    }
}
