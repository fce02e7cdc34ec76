using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage1LaunchConditions;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection;

public sealed record MentorTrainingDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public int Hours { get; init; }

    public DateOnly? CompletedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentorTraining, MentorTrainingDto>();
    }
}

/// <summary>A mentor candidate with the eight selection scores (0–5 each, null until scored), the decision and training.</summary>
public sealed record MentorCandidateDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public PersonCategory PersonCategory { get; init; }

    public int? Willingness { get; init; }

    public int? ProfessionalExperience { get; init; }

    public int? CompetencesAndCommunication { get; init; }

    public int? TimeResource { get; init; }

    public int? PositiveExperience { get; init; }

    public int? MatchToRequests { get; init; }

    public int? CivicPosition { get; init; }

    public int? Motivation { get; init; }

    public int? TotalScore { get; init; }

    public CandidateDecision Decision { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecisionComment { get; init; }

    public bool HasCompletedTraining { get; init; }

    public IReadOnlyList<MentorTrainingDto> Trainings { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentorCandidate, MentorCandidateDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.TotalScore, o => o.MapFrom(s => s.Willingness + s.ProfessionalExperience + s.CompetencesAndCommunication + s.TimeResource
                                                             + s.PositiveExperience + s.MatchToRequests + s.CivicPosition + s.Motivation))
            .ForMember(d => d.HasCompletedTraining, o => o.MapFrom(s => s.Trainings.Any(t => t.CompletedAt != null)))
            .ForMember(d => d.Trainings, o => o.MapFrom(s => s.Trainings.OrderBy(t => t.Id)));
    }
}

/// <summary>Registers a person as a mentor candidate of the programme (stage 2 on).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorCandidateCommand(Guid? PersonId) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddMentorCandidateValidator : AbstractValidator<AddMentorCandidateCommand>
{
    public AddMentorCandidateValidator() => RuleFor(c => c.PersonId).NotEmpty();
}

internal sealed class AddMentorCandidateHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(AddMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorSelection);
        var personId = request.PersonId!.Value;
        await LaunchRules.EnsurePersonAsync(db, personId, cancellationToken);
        if (await db.MentorCandidates.AnyAsync(c => c.ProgrammeId == programme.Id && c.PersonId == personId, cancellationToken))
        {
            throw new ConflictException(Texts.Pick("Этот человек уже кандидат программы.", "The person is already a candidate of the programme."), "personId");
        }

        var candidate = new MentorCandidate(programme.Id, personId);
        db.MentorCandidates.Add(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(programme.Id, candidate.Id), cancellationToken);
    }
}

/// <summary>Scores a candidate on the eight selection criteria, each 0–5.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ScoreMentorCandidateCommand(
    int? Willingness,
    int? ProfessionalExperience,
    int? CompetencesAndCommunication,
    int? TimeResource,
    int? PositiveExperience,
    int? MatchToRequests,
    int? CivicPosition,
    int? Motivation) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }
}

public sealed class ScoreMentorCandidateValidator : AbstractValidator<ScoreMentorCandidateCommand>
{
    public ScoreMentorCandidateValidator()
    {
        RuleFor(c => c.Willingness).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.ProfessionalExperience).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.CompetencesAndCommunication).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.TimeResource).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.PositiveExperience).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.MatchToRequests).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.CivicPosition).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.Motivation).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
    }
}

internal sealed class ScoreMentorCandidateHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<ScoreMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(ScoreMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var candidate = await CandidateRules.LoadAsync(db, request.ProgrammeId, request.CandidateId, cancellationToken);
        candidate.Score(new CandidateScores(request.Willingness!.Value, request.ProfessionalExperience!.Value, request.CompetencesAndCommunication!.Value,
            request.TimeResource!.Value, request.PositiveExperience!.Value, request.MatchToRequests!.Value, request.CivicPosition!.Value, request.Motivation!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(request.ProgrammeId, candidate.Id), cancellationToken);
    }
}

/// <summary>The curator's decision on a candidate: accepted, rejected, or back to pending when taken by mistake.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record DecideMentorCandidateCommand(CandidateDecision? Decision, string? Comment) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }
}

public sealed class DecideMentorCandidateValidator : AbstractValidator<DecideMentorCandidateCommand>
{
    public DecideMentorCandidateValidator()
    {
        RuleFor(c => c.Decision).NotNull().IsInEnum();
        RuleFor(c => c.Comment).MaximumLength(MentorCandidate.CommentMaxLength);
    }
}

internal sealed class DecideMentorCandidateHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<DecideMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(DecideMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var candidate = await CandidateRules.LoadAsync(db, request.ProgrammeId, request.CandidateId, cancellationToken);
        switch (request.Decision!.Value)
        {
            case CandidateDecision.Accepted:
                candidate.Accept(time.GetUtcNow(), request.Comment);
                break;
            case CandidateDecision.Rejected:
                candidate.Reject(time.GetUtcNow(), request.Comment);
                break;
            default:
                if (await db.Mentors.AnyAsync(m => m.CandidateId == candidate.Id, cancellationToken))
                {
                    throw new ConflictException(Texts.Pick("Кандидат уже в базе наставников.", "The candidate is already in the mentor bank."), "decision");
                }

                candidate.ResetDecision();
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(request.ProgrammeId, candidate.Id), cancellationToken);
    }
}

/// <summary>Records a training of the candidate, planned or completed (обучение наставников).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorTrainingCommand(string? Name, int? Hours, DateOnly? CompletedAt) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }
}

public sealed class AddMentorTrainingValidator : AbstractValidator<AddMentorTrainingCommand>
{
    public AddMentorTrainingValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Hours).NotNull().InclusiveBetween(1, Training.MaxHours);
    }
}

internal sealed class AddMentorTrainingHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddMentorTrainingCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(AddMentorTrainingCommand request, CancellationToken cancellationToken)
    {
        var candidate = await CandidateRules.LoadAsync(db, request.ProgrammeId, request.CandidateId, cancellationToken);
        candidate.AddTraining(request.Name!, request.Hours!.Value, request.CompletedAt);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(request.ProgrammeId, candidate.Id), cancellationToken);
    }
}

/// <summary>Marks a planned training as completed.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CompleteMentorTrainingCommand(DateOnly? CompletedAt) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid TrainingId { get; init; }
}

public sealed class CompleteMentorTrainingValidator : AbstractValidator<CompleteMentorTrainingCommand>
{
    public CompleteMentorTrainingValidator() => RuleFor(c => c.CompletedAt).NotNull();
}

internal sealed class CompleteMentorTrainingHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<CompleteMentorTrainingCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(CompleteMentorTrainingCommand request, CancellationToken cancellationToken)
    {
        var candidate = await CandidateRules.LoadAsync(db, request.ProgrammeId, request.CandidateId, cancellationToken);
        if (candidate.Trainings.All(t => t.Id != request.TrainingId))
        {
            throw new NotFoundException(nameof(MentorTraining), request.TrainingId);
        }

        candidate.CompleteTraining(request.TrainingId, request.CompletedAt!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(request.ProgrammeId, candidate.Id), cancellationToken);
    }
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorCandidateQuery(Guid ProgrammeId, Guid CandidateId) : IRequest<MentorCandidateDto>;

internal sealed class GetMentorCandidateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorCandidateQuery, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(GetMentorCandidateQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.MentorCandidates.AsNoTracking().Where(c => c.Id == request.CandidateId && c.ProgrammeId == request.ProgrammeId)
                   .ProjectTo<MentorCandidateDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(MentorCandidate), request.CandidateId);
    }
}

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Decision">Only candidates with this decision.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorCandidatesQuery(Guid ProgrammeId, CandidateDecision? Decision = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MentorCandidateDto>>, IPagedRequest;

public sealed class GetMentorCandidatesValidator : AbstractValidator<GetMentorCandidatesQuery>
{
    public GetMentorCandidatesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Decision).IsInEnum();
    }
}

internal sealed class GetMentorCandidatesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorCandidatesQuery, PagedList<MentorCandidateDto>>
{
    public async Task<PagedList<MentorCandidateDto>> Handle(GetMentorCandidatesQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.MentorCandidates.AsNoTracking().Where(c => c.ProgrammeId == request.ProgrammeId);
        if (request.Decision is { } decision)
        {
            query = query.Where(c => c.Decision == decision);
        }

        return await query.OrderBy(c => c.Created).ThenBy(c => c.Id)
            .ProjectToPagedListAsync<MentorCandidateDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class CandidateRules
{
    public static async Task<MentorCandidate> LoadAsync(IApplicationDbContext db, Guid programmeId, Guid candidateId, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(programmeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorSelection);
        return await db.MentorCandidates.Include(c => c.Trainings).SingleOrDefaultAsync(c => c.Id == candidateId && c.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(MentorCandidate), candidateId);
    }
}
