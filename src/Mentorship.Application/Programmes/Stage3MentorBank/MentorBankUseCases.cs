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
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage3MentorBank;

/// <summary>A mentor of the bank: competences as tags, capacity (mentees at a time) and source.</summary>
public sealed record MentorDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public PersonCategory PersonCategory { get; init; }

    public Guid? CandidateId { get; init; }

    public int Capacity { get; init; }

    public MentorSource Source { get; init; }

    public bool IsActive { get; init; }

    public IReadOnlyList<string> Competences { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Mentor, MentorDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.Competences, o => o.MapFrom(s => s.Competences.OrderBy(c => c.Tag).Select(c => c.Tag)));
    }
}

public interface IMentorFields
{
    int? Capacity { get; }

    MentorSource? Source { get; }

    IReadOnlyList<string>? Competences { get; }
}

public sealed class MentorFieldsValidator : AbstractValidator<IMentorFields>
{
    public MentorFieldsValidator()
    {
        RuleFor(c => c.Capacity).NotNull().InclusiveBetween(1, Mentor.MaxCapacity);
        RuleFor(c => c.Source).NotNull().IsInEnum();
        RuleForEach(c => c.Competences).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}

/// <summary>Enters an accepted candidate into the mentor bank (stage 3 on).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorCommand(Guid? CandidateId, int? Capacity, MentorSource? Source, IReadOnlyList<string>? Competences) : IRequest<MentorDto>, IMentorFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddMentorValidator : AbstractValidator<AddMentorCommand>
{
    public AddMentorValidator()
    {
        RuleFor(c => c.CandidateId).NotEmpty();
        Include(new MentorFieldsValidator());
    }
}

internal sealed class AddMentorHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddMentorCommand, MentorDto>
{
    public async Task<MentorDto> Handle(AddMentorCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorBank);
        var candidate = await db.MentorCandidates.SingleOrDefaultAsync(c => c.Id == request.CandidateId && c.ProgrammeId == programme.Id, cancellationToken)
                        ?? throw new ValidationException("candidateId", Texts.NotFound(nameof(MentorCandidate), request.CandidateId!.Value));
        if (await db.Mentors.AnyAsync(m => m.ProgrammeId == programme.Id && m.PersonId == candidate.PersonId, cancellationToken))
        {
            throw new ConflictException(Texts.Pick("Этот наставник уже в базе программы.", "The mentor is already in the programme's bank."), "candidateId");
        }

        var mentor = Mentor.FromCandidate(candidate, request.Capacity!.Value, request.Source!.Value);
        mentor.SetCompetences(request.Competences ?? []);
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorQuery(programme.Id, mentor.Id), cancellationToken);
    }
}

/// <summary>Changes a mentor's capacity, source and competences, or takes the mentor out of (or back into) the offer.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateMentorCommand(int? Capacity, MentorSource? Source, IReadOnlyList<string>? Competences, bool? IsActive) : IRequest<MentorDto>, IMentorFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MentorId { get; init; }
}

public sealed class UpdateMentorValidator : AbstractValidator<UpdateMentorCommand>
{
    public UpdateMentorValidator() => Include(new MentorFieldsValidator());
}

internal sealed class UpdateMentorHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<UpdateMentorCommand, MentorDto>
{
    public async Task<MentorDto> Handle(UpdateMentorCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorBank);
        var mentor = await db.Mentors.Include(m => m.Competences).SingleOrDefaultAsync(m => m.Id == request.MentorId && m.ProgrammeId == programme.Id, cancellationToken)
                     ?? throw new NotFoundException(nameof(Mentor), request.MentorId);
        mentor.Update(request.Capacity!.Value, request.Source!.Value);
        mentor.SetCompetences(request.Competences ?? []);
        if (request.IsActive == false)
        {
            mentor.Deactivate();
        }
        else if (request.IsActive == true)
        {
            mentor.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorQuery(programme.Id, mentor.Id), cancellationToken);
    }
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorQuery(Guid ProgrammeId, Guid MentorId) : IRequest<MentorDto>;

internal sealed class GetMentorHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorQuery, MentorDto>
{
    public async Task<MentorDto> Handle(GetMentorQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.Mentors.AsNoTracking().Where(m => m.Id == request.MentorId && m.ProgrammeId == request.ProgrammeId)
                   .ProjectTo<MentorDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(Mentor), request.MentorId);
    }
}

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Competence">Only mentors with this competence tag.</param>
/// <param name="IsActive">Only active (or only inactive) mentors.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorsQuery(Guid ProgrammeId, string? Competence = null, bool? IsActive = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MentorDto>>, IPagedRequest;

public sealed class GetMentorsValidator : AbstractValidator<GetMentorsQuery>
{
    public GetMentorsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Competence).MaximumLength(TextLengths.Tag);
    }
}

internal sealed class GetMentorsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorsQuery, PagedList<MentorDto>>
{
    public async Task<PagedList<MentorDto>> Handle(GetMentorsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.Mentors.AsNoTracking().Where(m => m.ProgrammeId == request.ProgrammeId);
        if (!string.IsNullOrWhiteSpace(request.Competence))
        {
            var tag = Tags.Normalize(request.Competence, "competence");
            query = query.Where(m => m.Competences.Any(c => c.Tag == tag));
        }

        if (request.IsActive is { } active)
        {
            query = query.Where(m => m.IsActive == active);
        }

        return await query.OrderBy(m => m.Created).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MentorDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
