using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgrammes;

/// <summary>A programme in a list: its organisation, years, stage and status.</summary>
public sealed record ProgrammeSummaryDto
{
    /// <summary>Identifier of the programme.</summary>
    public Guid Id { get; init; }

    /// <summary>The organisation that runs the programme.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Name of that organisation.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>Title of the programme.</summary>
    public required string Title { get; init; }

    /// <summary>Academic year (учебный год) the programme starts, such as "2024/2025".</summary>
    public AcademicYear StartYear { get; init; }

    /// <summary>Academic year it ends; null when not set.</summary>
    public AcademicYear? EndYear { get; init; }

    /// <summary>The stage (этап) the programme is at, 1–6.</summary>
    public ProgrammeStage Stage { get; init; }

    /// <summary>Active, or closed after stage 6.</summary>
    public ProgrammeStatus Status { get; init; }

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Programme, ProgrammeSummaryDto>()
            .ForMember(d => d.OrganizationName, o => o.MapFrom(s => s.Organization!.Name));
    }
}
