using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>A task of the programme (задача программы) with its expected result.</summary>
public sealed record ProgrammeTaskDto
{
    /// <summary>Identifier of the task.</summary>
    public Guid Id { get; init; }

    /// <summary>The task.</summary>
    public required string Text { get; init; }

    /// <summary>Expected result (ожидаемый результат); null when none was given.</summary>
    public string? ExpectedResult { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProgrammeTask, ProgrammeTaskDto>();
    }
}
