using AutoMapper;
using FluentValidation;
using Mentorship.Application.Public.Organizations;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A published programme as the open information resource shows it: nothing in it is about a person.</summary>
public sealed record PublicProgrammeDto : IPublicResource
{
    /// <summary>Identifier of the programme.</summary>
    public Guid Id { get; init; }

    /// <summary>Title of the programme.</summary>
    public required string Title { get; init; }

    /// <summary>What the programme is about; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>Academic year (учебный год) the programme starts, such as "2024/2025".</summary>
    public AcademicYear StartYear { get; init; }

    /// <summary>Academic year it ends; null when not set.</summary>
    public AcademicYear? EndYear { get; init; }

    /// <summary>The stage (этап) the programme is at, 1–6.</summary>
    public ProgrammeStage Stage { get; init; }

    /// <summary>The stage's title in the caller's language.</summary>
    public string StageTitle { get; init; } = string.Empty;

    /// <summary>Active, or closed after stage 6.</summary>
    public ProgrammeStatus Status { get; init; }

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The organisation that runs it.</summary>
    public required PublicOrganizationCardDto Organization { get; init; }

    /// <summary>Partner organisations and what they bring.</summary>
    public IReadOnlyList<PublicProgrammePartnerDto> Partners { get; init; } = [];

    /// <summary>Forms of mentorship it uses, with titles.</summary>
    public IReadOnlyList<PublicFormDto> Forms { get; init; } = [];

    /// <summary>Formats of mentorship it uses, with titles.</summary>
    public IReadOnlyList<PublicFormatDto> Formats { get; init; } = [];

    /// <summary>Tasks of the programme with their expected results (задачи и ожидаемые результаты).</summary>
    public IReadOnlyList<PublicProgrammeTaskDto> Tasks { get; init; } = [];

    /// <summary>The programme described for parents (для родителей); null when the curator wrote none.</summary>
    public string? ParentsText { get; init; }

    /// <summary>The programme described for pupils (для обучающихся); null when none.</summary>
    public string? PupilsText { get; init; }

    /// <summary>Whom to contact: the curator's work contact when the curator agreed to publish it, else the organisation's.</summary>
    public PublicProgrammeContactDto? Contact { get; init; }

    /// <summary>The programme's normative documents (kind, number, date, title, file), by date.</summary>
    public IReadOnlyList<PublicProgrammeDocumentDto> Documents { get; init; } = [];

    /// <summary>When the programme last changed (UTC); drives Last-Modified and the ETag for caching.</summary>
    public DateTimeOffset LastModified { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<Programme, PublicProgrammeDto>()
                .ForMember(d => d.StageTitle, o => o.Ignore())
                .ForMember(d => d.ParentsText, o => o.Ignore())
                .ForMember(d => d.PupilsText, o => o.Ignore())
                .ForMember(d => d.Contact, o => o.Ignore())
                .ForMember(d => d.Documents, o => o.MapFrom(s => s.Documents.OrderBy(x => x.Date).ThenBy(x => x.Kind).ThenBy(x => x.Id)))
                .ForMember(d => d.Partners, o => o.MapFrom(s => s.Partners
                    .Where(p => p.Organization!.Kind != OrganizationKind.IndividualEntrepreneur)
                    .OrderBy(p => p.Organization!.Name).ThenBy(p => p.OrganizationId)))
                .ForMember(d => d.Forms, o => o.MapFrom(s => s.Forms.OrderBy(f => f.Form)))
                .ForMember(d => d.Formats, o => o.MapFrom(s => s.Formats.OrderBy(f => f.Format)))
                .ForMember(d => d.Tasks, o => o.MapFrom(s => s.Tasks.OrderBy(t => t.Id)));
            CreateMap<ProgrammeForm, PublicFormDto>()
                .ForMember(d => d.Code, o => o.MapFrom(s => s.Form))
                .ForMember(d => d.Title, o => o.Ignore());
            CreateMap<ProgrammeFormat, PublicFormatDto>()
                .ForMember(d => d.Code, o => o.MapFrom(s => s.Format))
                .ForMember(d => d.Title, o => o.Ignore());
            CreateMap<ProgrammeTask, PublicProgrammeTaskDto>();
            CreateMap<NormativeDocument, PublicProgrammeDocumentDto>();
            CreateMap<ProgrammePartner, PublicProgrammePartnerDto>()
                .ForMember(d => d.Name, o => o.MapFrom(s => s.Organization!.Name))
                .ForMember(d => d.Kind, o => o.MapFrom(s => s.Organization!.Kind))
                .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Organization!.Municipality!.Name))
                .ForMember(d => d.Website, o => o.MapFrom(s => s.Organization!.Website));
        }
    }
}
