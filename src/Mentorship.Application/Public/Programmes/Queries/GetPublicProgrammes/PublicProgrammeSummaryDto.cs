using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

/// <summary>A published programme in the public search results.</summary>
public sealed record PublicProgrammeSummaryDto : IPublicResource
{
    /// <summary>Identifier of the programme.</summary>
    public Guid Id { get; init; }

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

    /// <summary>The organisation that runs it.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Name of that organisation.</summary>
    public required string OrganizationName { get; init; }

    /// <summary>Kind of that organisation.</summary>
    public OrganizationKind OrganizationKind { get; init; }

    /// <summary>The municipality of the organisation.</summary>
    public Guid MunicipalityId { get; init; }

    /// <summary>Name of the municipality.</summary>
    public required string MunicipalityName { get; init; }

    /// <summary>The region (субъект РФ).</summary>
    public Guid RegionId { get; init; }

    /// <summary>Name of the region.</summary>
    public required string RegionName { get; init; }

    /// <summary>Forms of mentorship (формы наставничества) it uses.</summary>
    public IReadOnlyList<MentoringForm> Forms { get; init; } = [];

    /// <summary>Formats of mentorship (форматы наставничества) it uses.</summary>
    public IReadOnlyList<MentoringFormat> Formats { get; init; } = [];

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the programme last changed (UTC); drives Last-Modified and the ETag for caching.</summary>
    public DateTimeOffset LastModified { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Programme, PublicProgrammeSummaryDto>()
            .ForMember(d => d.OrganizationName, o => o.MapFrom(s => s.Organization!.Name))
            .ForMember(d => d.OrganizationKind, o => o.MapFrom(s => s.Organization!.Kind))
            .ForMember(d => d.MunicipalityId, o => o.MapFrom(s => s.Organization!.MunicipalityId))
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Organization!.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Organization!.Municipality!.RegionId))
            .ForMember(d => d.RegionName, o => o.MapFrom(s => s.Organization!.Municipality!.Region!.Name))
            .ForMember(d => d.Forms, o => o.MapFrom(s => s.Forms.OrderBy(f => f.Form).Select(f => f.Form)))
            .ForMember(d => d.Formats, o => o.MapFrom(s => s.Formats.OrderBy(f => f.Format).Select(f => f.Format)));
    }
}
