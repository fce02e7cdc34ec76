using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Organizations;
using Mentorship.Application.Reference;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.Programmes;

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

/// <summary>A published programme as the open information resource shows it: nothing in it is about a person.</summary>
public sealed record PublicProgrammeDto : IPublicResource
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public ProgrammeStage Stage { get; init; }

    /// <summary>The stage's title in the caller's language.</summary>
    public string StageTitle { get; init; } = string.Empty;

    public ProgrammeStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required PublicOrganizationCardDto Organization { get; init; }

    public IReadOnlyList<PublicProgrammePartnerDto> Partners { get; init; } = [];

    public IReadOnlyList<PublicFormDto> Forms { get; init; } = [];

    public IReadOnlyList<PublicFormatDto> Formats { get; init; } = [];

    /// <summary>Tasks of the programme with their expected results (задачи и ожидаемые результаты).</summary>
    public IReadOnlyList<PublicProgrammeTaskDto> Tasks { get; init; } = [];

    public DateTimeOffset LastModified { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<Programme, PublicProgrammeDto>()
                .ForMember(d => d.StageTitle, o => o.Ignore())
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
            CreateMap<ProgrammePartner, PublicProgrammePartnerDto>()
                .ForMember(d => d.Name, o => o.MapFrom(s => s.Organization!.Name))
                .ForMember(d => d.Kind, o => o.MapFrom(s => s.Organization!.Kind))
                .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Organization!.Municipality!.Name))
                .ForMember(d => d.Website, o => o.MapFrom(s => s.Organization!.Website));
        }
    }
}

public sealed record PublicFormDto
{
    public MentoringForm Code { get; init; }

    public string Title { get; init; } = string.Empty;
}

public sealed record PublicFormatDto
{
    public MentoringFormat Code { get; init; }

    public string Title { get; init; } = string.Empty;
}

public sealed record PublicProgrammeTaskDto
{
    public required string Text { get; init; }

    public string? ExpectedResult { get; init; }
}

/// <summary>A partner organisation of a programme and what it brings.</summary>
public sealed record PublicProgrammePartnerDto
{
    public Guid OrganizationId { get; init; }

    public required string Name { get; init; }

    public OrganizationKind Kind { get; init; }

    public required string MunicipalityName { get; init; }

    public string? Website { get; init; }

    /// <summary>What the partner brings, in the curator's words.</summary>
    public string? Role { get; init; }
}

public enum PublicProgrammeSort
{
    /// <summary>By title, then by id.</summary>
    Title = 1,

    /// <summary>The most recently published first, then by id.</summary>
    Newest,
}

/// <param name="Search">Words that start words of the title, description or organisation name (case-insensitive, ё = е).</param>
/// <param name="RegionId">Only programmes of organisations of this region.</param>
/// <param name="MunicipalityId">Only programmes of organisations of this municipality.</param>
/// <param name="OrganizationKind">Only programmes of organisations of this kind.</param>
/// <param name="Form">Only programmes using this mentoring form.</param>
/// <param name="Format">Only programmes using this mentoring format.</param>
/// <param name="AcademicYear">Only programmes that run in this academic year, such as "2024/2025".</param>
/// <param name="Sort">Title (default) or Newest; ties are broken by id, so pages are stable.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicProgrammesQuery(
    string? Search = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? OrganizationKind = null,
    MentoringForm? Form = null,
    MentoringFormat? Format = null,
    AcademicYear? AcademicYear = null,
    PublicProgrammeSort? Sort = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PublicProgrammeSummaryDto>>, IPagedRequest;

public sealed class GetPublicProgrammesValidator : AbstractValidator<GetPublicProgrammesQuery>
{
    public GetPublicProgrammesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.OrganizationKind).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
        RuleFor(q => q.Format).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
    }
}

internal sealed class GetPublicProgrammesHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<GetPublicProgrammesQuery, PagedList<PublicProgrammeSummaryDto>>
{
    public Task<PagedList<PublicProgrammeSummaryDto>> Handle(GetPublicProgrammesQuery request, CancellationToken cancellationToken)
    {
        var query = db.PublishedProgrammes();
        if (request.RegionId is { } regionId)
        {
            query = query.Where(p => p.Organization!.Municipality!.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(p => p.Organization!.MunicipalityId == municipalityId);
        }

        if (request.OrganizationKind is { } kind)
        {
            query = query.Where(p => p.Organization!.Kind == kind);
        }

        if (request.Form is { } form)
        {
            query = query.Where(p => p.Forms.Any(f => f.Form == form));
        }

        if (request.Format is { } format)
        {
            query = query.Where(p => p.Formats.Any(f => f.Format == format));
        }

        if (request.AcademicYear is { } year)
        {
            query = query.Where(PublicScope.RunsIn(year));
        }

        foreach (var word in PublicScope.QueryWords(request.Search))
        {
            // Every word must start a word of the programme's texts or of its organisation's name. The name is
            // folded but keeps its punctuation, so the quotes that may open a word («Ёлочка») count as spaces.
            // The organisations are matched once, in a subquery, rather than once per programme.
            var prefix = " " + word;
            var named = db.PublicOrganizations().Where(o => (" " + o.NameNormalized.Replace("«", " ").Replace("\"", " ").Replace("(", " ")).Contains(prefix)).Select(o => o.Id);
            query = query.Where(p => (" " + p.SearchWords).Contains(prefix) || named.Contains(p.OrganizationId));
        }

        var ordered = request.Sort == PublicProgrammeSort.Newest
            ? query.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
            : query.OrderBy(p => p.Title).ThenBy(p => p.Id);
        return ordered.ProjectToPagedListAsync<PublicProgrammeSummaryDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

public sealed record GetPublicProgrammeQuery(Guid Id) : IRequest<PublicProgrammeDto>;

internal sealed class GetPublicProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPublicProgrammeQuery, PublicProgrammeDto>
{
    public async Task<PublicProgrammeDto> Handle(GetPublicProgrammeQuery request, CancellationToken cancellationToken)
    {
        // An unpublished programme is not found: the public side does not learn that it exists.
        var programme = await db.PublishedProgrammes().Where(p => p.Id == request.Id)
                            .ProjectTo<PublicProgrammeDto>(mapper.ConfigurationProvider)
                            .SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException(nameof(Programme), request.Id);
        return programme with
        {
            StageTitle = ReferenceTitles.Of(programme.Stage),
            Forms = programme.Forms.Select(f => f with { Title = ReferenceTitles.Of(f.Code) }).ToList(),
            Formats = programme.Formats.Select(f => f with { Title = ReferenceTitles.Of(f.Code) }).ToList(),
        };
    }
}
