using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes;

public sealed record ProgrammeSummaryDto
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required string Title { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public ProgrammeStage Stage { get; init; }

    public ProgrammeStatus Status { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Programme, ProgrammeSummaryDto>()
            .ForMember(d => d.OrganizationName, o => o.MapFrom(s => s.Organization!.Name));
    }
}

public sealed record TeamMemberDto
{
    public Guid Id { get; init; }

    public TeamRole Role { get; init; }

    public Guid? PersonId { get; init; }

    public string? FullName { get; init; }

    public string? Position { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TeamMember, TeamMemberDto>()
            .ForMember(d => d.FullName, o => o.MapFrom(s => s.FullName ?? (s.Person != null ? s.Person.LastName + " " + s.Person.FirstName : null)));
    }
}

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

public sealed record NormativeDocumentDto
{
    public Guid Id { get; init; }

    public NormativeDocumentKind Kind { get; init; }

    public string? Number { get; init; }

    public DateOnly Date { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<NormativeDocument, NormativeDocumentDto>();
    }
}

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

public interface IProgrammeFields
{
    string? Title { get; }

    string? Description { get; }

    AcademicYear? StartYear { get; }

    AcademicYear? EndYear { get; }
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CreateProgrammeCommand(Guid? OrganizationId, string? Title, string? Description, AcademicYear? StartYear, AcademicYear? EndYear)
    : IRequest<ProgrammeDto>, IProgrammeFields;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateProgrammeCommand(string? Title, string? Description, AcademicYear? StartYear, AcademicYear? EndYear)
    : IRequest<ProgrammeDto>, IProgrammeFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed class ProgrammeFieldsValidator : AbstractValidator<IProgrammeFields>
{
    public ProgrammeFieldsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Programme.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(Programme.DescriptionMaxLength);
        RuleFor(c => c.StartYear).NotNull();
        RuleFor(c => c.EndYear).Must((c, end) => end is null || c.StartYear is null || end.Value >= c.StartYear.Value)
            .WithMessage(_ => Texts.Pick("Программа не может закончиться раньше, чем началась.", "The programme cannot end before it starts."));
    }
}

public sealed class CreateProgrammeValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        Include(new ProgrammeFieldsValidator());
    }
}

public sealed class UpdateProgrammeValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeValidator() => Include(new ProgrammeFieldsValidator());
}

internal sealed class CreateProgrammeHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<CreateProgrammeCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(CreateProgrammeCommand request, CancellationToken cancellationToken)
    {
        var organizationId = request.OrganizationId!.Value;
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken))
        {
            throw new ValidationException("organizationId", Texts.NotFound(nameof(Organization), organizationId));
        }

        var programme = new Programme(organizationId, request.Title!, request.StartYear!.Value, request.EndYear);
        programme.Update(request.Title!, request.Description, request.StartYear!.Value, request.EndYear);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

internal sealed class UpdateProgrammeHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<UpdateProgrammeCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(UpdateProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        programme.Update(request.Title!, request.Description, request.StartYear!.Value, request.EndYear);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetProgrammeQuery(Guid Id) : IRequest<ProgrammeDto>;

internal sealed class GetProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammeQuery, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(GetProgrammeQuery request, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking().Where(p => p.Id == request.Id).ProjectTo<ProgrammeDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Programme), request.Id);
}

/// <param name="OrganizationId">Only the programmes of this organisation.</param>
/// <param name="Stage">Only programmes at this stage.</param>
/// <param name="Status">Only active or only closed programmes.</param>
/// <param name="Search">Words of the title.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetProgrammesQuery(
    Guid? OrganizationId = null,
    ProgrammeStage? Stage = null,
    ProgrammeStatus? Status = null,
    string? Search = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<ProgrammeSummaryDto>>, IPagedRequest;

public sealed class GetProgrammesValidator : AbstractValidator<GetProgrammesQuery>
{
    public GetProgrammesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Stage).IsInEnum();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class GetProgrammesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammesQuery, PagedList<ProgrammeSummaryDto>>
{
    public Task<PagedList<ProgrammeSummaryDto>> Handle(GetProgrammesQuery request, CancellationToken cancellationToken)
    {
        var query = db.Programmes.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(p => p.OrganizationId == organizationId);
        }

        if (request.Stage is { } stage)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (request.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            foreach (var word in request.Search.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                query = query.Where(p => p.Title.Contains(word));
            }
        }

        return query.OrderBy(p => p.Title).ThenBy(p => p.Id)
            .ProjectToPagedListAsync<ProgrammeSummaryDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
