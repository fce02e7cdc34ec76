using AutoMapper;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>A programme with its launch conditions (stage 1).</summary>
public sealed record ProgrammeDto
{
    /// <summary>Identifier of the programme.</summary>
    public Guid Id { get; init; }

    /// <summary>The organisation that runs the programme.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Name of that organisation.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>Title of the programme.</summary>
    public required string Title { get; init; }

    /// <summary>What the programme is about; null when none was given.</summary>
    public string? Description { get; init; }

    /// <summary>Academic year (учебный год) the programme starts, such as "2024/2025".</summary>
    public AcademicYear StartYear { get; init; }

    /// <summary>Academic year it ends; null for a programme of one year or an open end.</summary>
    public AcademicYear? EndYear { get; init; }

    /// <summary>The stage (этап) the programme is at, 1–6.</summary>
    public ProgrammeStage Stage { get; init; }

    /// <summary>Active, or closed after stage 6.</summary>
    public ProgrammeStatus Status { get; init; }

    /// <summary>When the programme was closed (UTC); null while it is active.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The programme is visible on the open information resource.</summary>
    public bool IsPublished { get; init; }

    /// <summary>Forms of mentorship (формы наставничества) the programme uses; stage 1 needs at least one.</summary>
    public IReadOnlyList<MentoringForm> Forms { get; init; } = [];

    /// <summary>Formats of mentorship (форматы наставничества) the programme uses.</summary>
    public IReadOnlyList<MentoringFormat> Formats { get; init; } = [];

    /// <summary>The curator (куратор) and the organising team (организационная команда).</summary>
    public IReadOnlyList<TeamMemberDto> Team { get; init; } = [];

    /// <summary>Tasks of the programme (задачи) with expected results; stage 1 needs at least one.</summary>
    public IReadOnlyList<ProgrammeTaskDto> Tasks { get; init; } = [];

    /// <summary>Documents of the programme (нормативные документы), by kind and date.</summary>
    public IReadOnlyList<DocumentDto> Documents { get; init; } = [];

    /// <summary>Kinds of document of the programme that are recorded, in the order of the kinds.</summary>
    public IReadOnlyList<NormativeDocumentKind> DocumentKindsPresent => Documents.Select(d => d.Kind).Distinct().Order().ToList();

    /// <summary>Partners of the programme (employers, NGOs, colleges…) with what each brings, by name.</summary>
    public IReadOnlyList<ProgrammePartnerDto> Partners { get; init; } = [];

    /// <summary>
    /// Version of the record, carried by the ETag; send the ETag in If-Match to update it (a stale one answers 412).
    /// </summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Programme, ProgrammeDto>()
            .ForMember(d => d.OrganizationName, o => o.MapFrom(s => s.Organization!.Name))
            .ForMember(d => d.Forms, o => o.MapFrom(s => s.Forms.OrderBy(f => f.Form).Select(f => f.Form)))
            .ForMember(d => d.Formats, o => o.MapFrom(s => s.Formats.OrderBy(f => f.Format).Select(f => f.Format)))
            .ForMember(d => d.Team, o => o.MapFrom(s => s.TeamMembers.OrderBy(m => m.Role).ThenBy(m => m.Id)))
            .ForMember(d => d.Tasks, o => o.MapFrom(s => s.Tasks.OrderBy(t => t.Id)))
            .ForMember(d => d.Documents, o => o.MapFrom(s => s.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Date)))
            .ForMember(d => d.DocumentKindsPresent, o => o.Ignore())
            .ForMember(d => d.Partners, o => o.MapFrom(s => s.Partners.OrderBy(p => p.Organization!.Name).ThenBy(p => p.OrganizationId)));
    }
}
