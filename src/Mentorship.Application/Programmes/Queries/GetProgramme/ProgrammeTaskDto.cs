using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

public sealed record ProgrammeTaskDto
{
    public Guid Id { get; init; }

    public required string Text { get; init; }

    public string? ExpectedResult { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProgrammeTask, ProgrammeTaskDto>();
    }
}
