using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

/// <summary>A request (запрос) of a mentee: topic tags that matching uses, and the request in words.</summary>
public sealed record MenteeRequestDto
{
    /// <summary>Identifier of the request.</summary>
    public Guid Id { get; init; }

    /// <summary>The request in words; null when only tags were given.</summary>
    public string? Text { get; init; }

    /// <summary>Topic tags of the request, lower case.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MenteeRequest, MenteeRequestDto>()
            .ForMember(d => d.Tags, o => o.MapFrom(s => s.Tags.OrderBy(t => t.Tag).Select(t => t.Tag)));
    }
}
