using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

/// <summary>A published programme in the public search results.</summary>
public sealed record PublicProgrammeSummaryDto : IPublicResource
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public ProgrammeStage Stage { get; init; }

    public ProgrammeStatus Status { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public OrganizationKind OrganizationKind { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public IReadOnlyList<MentoringForm> Forms { get; init; } = [];

    public IReadOnlyList<MentoringFormat> Formats { get; init; } = [];

    public DateTimeOffset? PublishedAt { get; init; }

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
