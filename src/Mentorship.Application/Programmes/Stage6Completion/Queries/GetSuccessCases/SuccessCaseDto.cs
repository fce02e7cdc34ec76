using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;

public sealed record SuccessCaseDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? GroupId { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public bool IsPublished { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SuccessCase, SuccessCaseDto>();
    }
}
