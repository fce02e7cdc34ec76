using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;

public sealed record AwardDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid GroupId { get; init; }

    public required string Title { get; init; }

    public DateOnly AwardedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Award, AwardDto>();
    }
}
