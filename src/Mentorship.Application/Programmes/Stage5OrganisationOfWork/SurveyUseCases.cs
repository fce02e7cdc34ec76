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
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

public sealed record SurveyOptionDto
{
    public Guid Id { get; init; }

    public int Order { get; init; }

    public required string Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyQuestionOption, SurveyOptionDto>();
    }
}

public sealed record SurveyQuestionDto
{
    public Guid Id { get; init; }

    public int Order { get; init; }

    public SurveyQuestionKind Kind { get; init; }

    public required string Text { get; init; }

    public bool IsRequired { get; init; }

    public IReadOnlyList<SurveyOptionDto> Options { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyQuestion, SurveyQuestionDto>()
            .ForMember(d => d.Options, o => o.MapFrom(s => s.Options.OrderBy(x => x.Order)));
    }
}

/// <summary>A questionnaire for a role at a point (initial, midpoint, final), of one form or any; shared when it has no programme.</summary>
public sealed record SurveyTemplateDto
{
    public Guid Id { get; init; }

    public Guid? ProgrammeId { get; init; }

    public required string Title { get; init; }

    public MentoringForm? Form { get; init; }

    public SurveyRole Role { get; init; }

    public ProgressPoint Point { get; init; }

    public bool IsPublished { get; init; }

    public bool IsArchived { get; init; }

    public IReadOnlyList<SurveyQuestionDto> Questions { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyTemplate, SurveyTemplateDto>()
            .ForMember(d => d.Questions, o => o.MapFrom(s => s.Questions.OrderBy(q => q.Order)));
    }
}

public sealed record SurveyAnswerDto
{
    public Guid QuestionId { get; init; }

    public int? Scale { get; init; }

    public Guid? OptionId { get; init; }

    public string? Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyAnswer, SurveyAnswerDto>();
    }
}

public sealed record SurveyResponseDto
{
    public Guid Id { get; init; }

    public Guid TemplateId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? GroupId { get; init; }

    public Guid RespondentPersonId { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public IReadOnlyList<SurveyAnswerDto> Answers { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyResponse, SurveyResponseDto>();
    }
}

/// <summary>A participant's growth: the mean of their 1–10 answers at each point, and final minus initial.</summary>
public sealed record SurveyGrowthDto(Guid RespondentPersonId, Guid? GroupId, SurveyRole Role, double? Initial, double? Midpoint, double? Final, double? Growth);

public sealed record SurveyQuestionInput(SurveyQuestionKind? Kind, string? Text, bool? IsRequired, IReadOnlyList<string>? Options);

/// <summary>Creates a questionnaire with its questions (a draft until published). Shared ones (no programme) are kept by coordinators.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CreateSurveyTemplateCommand(Guid? ProgrammeId, string? Title, SurveyRole? Role, ProgressPoint? Point, MentoringForm? Form, IReadOnlyList<SurveyQuestionInput>? Questions)
    : IRequest<SurveyTemplateDto>;

public sealed class CreateSurveyTemplateValidator : AbstractValidator<CreateSurveyTemplateCommand>
{
    public CreateSurveyTemplateValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.Point).NotNull().IsInEnum();
        RuleFor(c => c.Form).IsInEnum();
        RuleForEach(c => c.Questions).ChildRules(q =>
        {
            q.RuleFor(x => x.Kind).NotNull().IsInEnum();
            q.RuleFor(x => x.Text).NotEmpty().MaximumLength(TextLengths.Paragraph);
            q.RuleFor(x => x.Options).Must(o => o is { Count: >= 2 }).When(x => x.Kind == SurveyQuestionKind.Choice)
                .WithMessage(_ => Texts.Pick("У вопроса с выбором не меньше двух вариантов.", "A choice question has at least two options."));
            q.RuleFor(x => x.Options).Must(o => o is null || o.Count == 0).When(x => x.Kind != SurveyQuestionKind.Choice)
                .WithMessage(_ => Texts.Pick("Варианты бывают только у вопроса с выбором.", "Only a choice question has options."));
            q.RuleForEach(x => x.Options).NotEmpty().MaximumLength(TextLengths.Title);
        });
    }
}

internal sealed class CreateSurveyTemplateHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<CreateSurveyTemplateCommand, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(CreateSurveyTemplateCommand request, CancellationToken cancellationToken)
    {
        if (request.ProgrammeId is { } programmeId)
        {
            (await db.ProgrammeAsync(programmeId, cancellationToken)).EnsureActive();
        }
        else if (!Roles.Coordinators.Split(',').Any(user.IsInRole) && !user.IsSystem)
        {
            throw new ForbiddenAccessException(Texts.Pick("Общие анкеты ведут координаторы; укажите программу.", "Shared questionnaires are kept by coordinators; give a programme."));
        }

        var template = new SurveyTemplate(request.Title!, request.Role!.Value, request.Point!.Value, request.Form, request.ProgrammeId);
        foreach (var question in request.Questions ?? [])
        {
            template.AddQuestion(question.Kind!.Value, question.Text!, question.IsRequired ?? true, question.Options);
        }

        db.SurveyTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetSurveyTemplateQuery(template.Id), cancellationToken);
    }
}

/// <summary>Publishes a questionnaire: its questions are fixed from now on and it can be answered.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record PublishSurveyTemplateCommand(Guid Id) : IRequest<SurveyTemplateDto>;

internal sealed class PublishSurveyTemplateHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<PublishSurveyTemplateCommand, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(PublishSurveyTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await SurveyRules.VisibleTemplates(db).Include(t => t.Questions).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(SurveyTemplate), request.Id);
        if (template.ProgrammeId is null && !Roles.Coordinators.Split(',').Any(user.IsInRole) && !user.IsSystem)
        {
            throw new ForbiddenAccessException();
        }

        template.Publish(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetSurveyTemplateQuery(template.Id), cancellationToken);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSurveyTemplateQuery(Guid Id) : IRequest<SurveyTemplateDto>;

internal sealed class GetSurveyTemplateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSurveyTemplateQuery, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(GetSurveyTemplateQuery request, CancellationToken cancellationToken) =>
        await SurveyRules.VisibleTemplates(db).AsNoTracking().Where(t => t.Id == request.Id).ProjectTo<SurveyTemplateDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(SurveyTemplate), request.Id);
}

/// <param name="ProgrammeId">The questionnaires of this programme and the shared ones.</param>
/// <param name="Role">Only questionnaires for this role.</param>
/// <param name="Point">Only questionnaires of this point.</param>
/// <param name="Form">Only questionnaires of this form (and those for any form).</param>
/// <param name="PublishedOnly">Only published questionnaires.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSurveyTemplatesQuery(
    Guid? ProgrammeId = null,
    SurveyRole? Role = null,
    ProgressPoint? Point = null,
    MentoringForm? Form = null,
    bool PublishedOnly = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<SurveyTemplateDto>>, IPagedRequest;

public sealed class GetSurveyTemplatesValidator : AbstractValidator<GetSurveyTemplatesQuery>
{
    public GetSurveyTemplatesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Role).IsInEnum();
        RuleFor(q => q.Point).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
    }
}

internal sealed class GetSurveyTemplatesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSurveyTemplatesQuery, PagedList<SurveyTemplateDto>>
{
    public Task<PagedList<SurveyTemplateDto>> Handle(GetSurveyTemplatesQuery request, CancellationToken cancellationToken)
    {
        var query = SurveyRules.VisibleTemplates(db).AsNoTracking().Where(t => !t.IsArchived);
        if (request.ProgrammeId is { } programmeId)
        {
            query = query.Where(t => t.ProgrammeId == null || t.ProgrammeId == programmeId);
        }

        if (request.Role is { } role)
        {
            query = query.Where(t => t.Role == role);
        }

        if (request.Point is { } point)
        {
            query = query.Where(t => t.Point == point);
        }

        if (request.Form is { } form)
        {
            query = query.Where(t => t.Form == null || t.Form == form);
        }

        if (request.PublishedOnly)
        {
            query = query.Where(t => t.IsPublished);
        }

        return query.OrderBy(t => t.Point).ThenBy(t => t.Role).ThenBy(t => t.Title).ThenBy(t => t.Id)
            .ProjectToPagedListAsync<SurveyTemplateDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

public sealed record SurveyAnswerInput(Guid? QuestionId, int? Scale, Guid? OptionId, string? Text);

/// <summary>
/// Submits a person's answers to a questionnaire. Mentors and mentees answer for themselves in their group; staff
/// may enter answers given on paper (<c>respondentPersonId</c>). The curator's questionnaire is answered for the
/// programme (no group) by its curator.
/// </summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record SubmitSurveyResponseCommand(Guid? ProgrammeId, Guid? GroupId, Guid? RespondentPersonId, IReadOnlyList<SurveyAnswerInput>? Answers) : IRequest<SurveyResponseDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid TemplateId { get; init; }
}

public sealed class SubmitSurveyResponseValidator : AbstractValidator<SubmitSurveyResponseCommand>
{
    public SubmitSurveyResponseValidator()
    {
        RuleFor(c => c.ProgrammeId).NotEmpty();
        RuleFor(c => c.Answers).NotNull();
        RuleForEach(c => c.Answers).ChildRules(a =>
        {
            a.RuleFor(x => x.QuestionId).NotEmpty();
            a.RuleFor(x => x.Scale).InclusiveBetween(SurveyTemplate.MinScale, SurveyTemplate.MaxScale);
            a.RuleFor(x => x.Text).MaximumLength(TextLengths.FreeText);
        });
    }
}

internal sealed class SubmitSurveyResponseHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<SubmitSurveyResponseCommand, SurveyResponseDto>
{
    public async Task<SurveyResponseDto> Handle(SubmitSurveyResponseCommand request, CancellationToken cancellationToken)
    {
        var template = await SurveyRules.VisibleTemplates(db).Include(t => t.Questions).ThenInclude(q => q.Options)
                           .SingleOrDefaultAsync(t => t.Id == request.TemplateId, cancellationToken)
                       ?? throw new NotFoundException(nameof(SurveyTemplate), request.TemplateId);
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId!.Value, cancellationToken);
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        var respondent = await RespondentAsync(template, programme, request, cancellationToken);
        if (await db.SurveyResponses.AnyAsync(r => r.TemplateId == template.Id && r.ProgrammeId == programme.Id && r.GroupId == request.GroupId && r.RespondentPersonId == respondent, cancellationToken))
        {
            throw new ConflictException(Texts.Pick("Ответы на эту анкету уже сданы.", "These answers are already submitted."), "templateId");
        }

        var response = new SurveyResponse(template, programme.Id, request.GroupId, respondent);
        for (var i = 0; i < request.Answers!.Count; i++)
        {
            var input = request.Answers[i];
            var question = template.Questions.FirstOrDefault(q => q.Id == input.QuestionId)
                           ?? throw new ValidationException($"answers[{i}].questionId", Texts.Pick("В анкете нет такого вопроса.", "The questionnaire has no such question."));
            try
            {
                response.Answer(question, input.Scale, input.OptionId, input.Text);
            }
            catch (DomainException invalid) when (invalid is not DomainConflictException)
            {
                throw new DomainException(invalid.Message, $"answers[{i}].{invalid.Field}");
            }
        }

        response.Submit(template, time.GetUtcNow());
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SurveyResponseDto>(response);
    }

    private async Task<Guid> RespondentAsync(SurveyTemplate template, Programme programme, SubmitSurveyResponseCommand request, CancellationToken cancellationToken)
    {
        if (template.Role == SurveyRole.Curator)
        {
            if (request.GroupId is not null)
            {
                throw new ValidationException("groupId", Texts.Pick("Анкета куратора заполняется по программе, без пары.", "The curator's questionnaire is for the programme, without a group."));
            }

            if (!user.IsStaff())
            {
                throw new ForbiddenAccessException();
            }

            return programme.Curator?.PersonId
                   ?? throw new ConflictException(Texts.Pick("Куратор программы не указан как зарегистрированный человек.", "The programme's curator is not a registered person."), "respondentPersonId");
        }

        var groupId = request.GroupId ?? throw new ValidationException("groupId", Texts.Pick("Укажите пару или группу.", "Give the pair or group."));
        var group = await db.GroupAsync(groupId, cancellationToken);
        if (group.ProgrammeId != programme.Id)
        {
            throw new ValidationException("groupId", Texts.NotFound(nameof(MentoringGroup), groupId));
        }

        if (template.Form is { } form && form != group.Form)
        {
            throw new ValidationException("templateId", Texts.Pick("Анкета для другой формы наставничества.", "The questionnaire is for another mentoring form."));
        }

        var caller = user.CallerIn(group);
        var respondent = caller.IsMember && (request.RespondentPersonId is null || request.RespondentPersonId == caller.MemberPersonId)
            ? caller.MemberPersonId!.Value
            : caller.IsStaff && request.RespondentPersonId is { } given ? given : throw new ForbiddenAccessException();
        var role = template.Role == SurveyRole.Mentor ? GroupRole.Mentor : GroupRole.Mentee;
        if (!group.Members.Any(m => m.PersonId == respondent && m.Role == role))
        {
            throw new ValidationException("respondentPersonId", Texts.Pick("Анкета для другой роли в паре.", "The questionnaire is for another role in the pair."));
        }

        return respondent;
    }
}

/// <summary>Each participant's growth over the programme: mean of the 1–10 answers at each point; growth = final − initial.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Role">Only this role.</param>
/// <param name="GroupId">Only this pair or group.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetSurveyGrowthQuery(Guid ProgrammeId, SurveyRole? Role = null, Guid? GroupId = null) : IRequest<IReadOnlyList<SurveyGrowthDto>>;

public sealed class GetSurveyGrowthValidator : AbstractValidator<GetSurveyGrowthQuery>
{
    public GetSurveyGrowthValidator()
    {
        RuleFor(q => q.ProgrammeId).NotEmpty();
        RuleFor(q => q.Role).IsInEnum();
    }
}

internal sealed class GetSurveyGrowthHandler(IApplicationDbContext db) : IRequestHandler<GetSurveyGrowthQuery, IReadOnlyList<SurveyGrowthDto>>
{
    public async Task<IReadOnlyList<SurveyGrowthDto>> Handle(GetSurveyGrowthQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var rows = await (from answer in db.SurveyAnswers
                          join response in db.SurveyResponses on answer.ResponseId equals response.Id
                          join template in db.SurveyTemplates on response.TemplateId equals template.Id
                          where response.ProgrammeId == request.ProgrammeId && response.SubmittedAt != null && answer.Scale != null
                                && (request.Role == null || template.Role == request.Role)
                                && (request.GroupId == null || response.GroupId == request.GroupId)
                          group answer.Scale by new { response.RespondentPersonId, response.GroupId, template.Role, template.Point } into g
                          select new { g.Key.RespondentPersonId, g.Key.GroupId, g.Key.Role, g.Key.Point, Mean = g.Average(s => (double)s!.Value) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.RespondentPersonId, r.GroupId, r.Role))
            .Select(g =>
            {
                double? At(ProgressPoint point) => g.Where(r => r.Point == point).Select(r => (double?)Math.Round(r.Mean, 2)).FirstOrDefault();
                var initial = At(ProgressPoint.Initial);
                var final = At(ProgressPoint.Final);
                return new SurveyGrowthDto(g.Key.RespondentPersonId, g.Key.GroupId, g.Key.Role, initial, At(ProgressPoint.Midpoint), final,
                    initial is { } i && final is { } f ? Math.Round(f - i, 2) : null);
            })
            .OrderBy(r => r.GroupId).ThenBy(r => r.Role).ThenBy(r => r.RespondentPersonId).ToList();
    }
}

internal static class SurveyRules
{
    /// <summary>Shared questionnaires and those of the programmes the caller can see.</summary>
    public static IQueryable<SurveyTemplate> VisibleTemplates(IApplicationDbContext db) =>
        db.SurveyTemplates.Where(t => t.ProgrammeId == null || db.Programmes.Any(p => p.Id == t.ProgrammeId));
}
