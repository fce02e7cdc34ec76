using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>A programme with its launch conditions (stage 1).</summary>
public sealed record ProgrammeDto
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public ProgrammeStage Stage { get; init; }

    public ProgrammeStatus Status { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsPublished { get; init; }

    public IReadOnlyList<MentoringForm> Forms { get; init; } = [];

    public IReadOnlyList<MentoringFormat> Formats { get; init; } = [];

    public IReadOnlyList<TeamMemberDto> Team { get; init; } = [];

    public IReadOnlyList<ProgrammeTaskDto> Tasks { get; init; } = [];

    public IReadOnlyList<NormativeDocumentDto> Documents { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Programme, ProgrammeDto>()
            .ForMember(d => d.OrganizationName, o => o.MapFrom(s => s.Organization!.Name))
            .ForMember(d => d.Forms, o => o.MapFrom(s => s.Forms.OrderBy(f => f.Form).Select(f => f.Form)))
            .ForMember(d => d.Formats, o => o.MapFrom(s => s.Formats.OrderBy(f => f.Format).Select(f => f.Format)))
            .ForMember(d => d.Team, o => o.MapFrom(s => s.TeamMembers.OrderBy(m => m.Role).ThenBy(m => m.Id)))
            .ForMember(d => d.Tasks, o => o.MapFrom(s => s.Tasks.OrderBy(t => t.Id)))
            .ForMember(d => d.Documents, o => o.MapFrom(s => s.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Date)));
    }
}
