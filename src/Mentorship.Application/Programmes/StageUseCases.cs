using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes;

/// <summary>One item of a stage's checklist: whether it holds and, when not, what is missing.</summary>
public sealed record ChecklistItemDto(string Code, string Title, bool Met, string? Missing);

/// <summary>Where a programme stands: its stage and the gate checklist to move on (at stage 6, to close).</summary>
public sealed record ProgrammeStageDto(
    Guid ProgrammeId,
    ProgrammeStage Stage,
    int Number,
    string Title,
    ProgrammeStatus Status,
    ProgrammeStage? NextStage,
    bool GateOpen,
    IReadOnlyList<ChecklistItemDto> Checklist);

public sealed record StageTransitionDto
{
    public Guid Id { get; init; }

    public ProgrammeStage From { get; init; }

    public ProgrammeStage To { get; init; }

    public DateTimeOffset At { get; init; }

    public string? By { get; init; }

    public string? Reason { get; init; }

    public bool IsReturn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StageTransition, StageTransitionDto>()
            .ForMember(d => d.IsReturn, o => o.MapFrom(s => s.To < s.From));
    }
}

/// <summary>Evaluates the gate of a programme's current stage; stages 2–6 look at the banks and groups in the database.</summary>
internal static class StageGates
{
    public static async Task<StageGate> EvaluateAsync(IApplicationDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var id = programme.Id;
        return programme.Stage switch
        {
            ProgrammeStage.LaunchConditions => programme.LaunchConditionsGate(),
            ProgrammeStage.MentorSelection => StageGate.Of(programme.Stage, (StageGate.Items.TrainedAcceptedMentor, await db.MentorCandidates.AnyAsync(
                c => c.ProgrammeId == id && c.Decision == CandidateDecision.Accepted && c.Trainings.Any(t => t.CompletedAt != null), cancellationToken))),
            ProgrammeStage.MentorBank => StageGate.Of(programme.Stage, (StageGate.Items.Mentor, await db.Mentors.AnyAsync(m => m.ProgrammeId == id && m.IsActive, cancellationToken))),
            ProgrammeStage.MenteeBank => StageGate.Of(programme.Stage, (StageGate.Items.MenteeWithRequest, await db.Mentees.AnyAsync(
                m => m.ProgrammeId == id && m.IsActive && m.Requests.Any(), cancellationToken))),
            ProgrammeStage.OrganisationOfWork => StageGate.Of(programme.Stage, (StageGate.Items.ActiveGroup, await ActiveGroupsAsync(db, id, cancellationToken) > 0)),
            _ => Programme.CompletionGate(await ActiveGroupsAsync(db, id, cancellationToken)),
        };
    }

    public static Task<int> ActiveGroupsAsync(IApplicationDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        db.MentoringGroups.IgnoreQueryFilters().CountAsync(g => g.ProgrammeId == programmeId && g.Status == GroupStatus.Active, cancellationToken);

    public static ProgrammeStageDto ToDto(Programme programme, StageGate gate) => new(
        programme.Id,
        programme.Stage,
        (int)programme.Stage,
        ReferenceTitles.Of(programme.Stage),
        programme.Status,
        programme.Stage < ProgrammeStage.Completion ? programme.Stage + 1 : null,
        gate.IsOpen,
        StageGate.ItemsOf(gate.Stage).Select(code => new ChecklistItemDto(code, Title(code), !gate.Missing.Contains(code), gate.Missing.Contains(code) ? Missing(code) : null)).ToList());

    /// <summary>409 with the checklist, so the caller sees at once what is missing.</summary>
    public static ConflictException Refused(Programme programme, StageGate gate, string message)
    {
        var conflict = new ConflictException(message);
        conflict.Extensions["checklist"] = ToDto(programme, gate).Checklist;
        return conflict;
    }

    private static string Title(string code) => code switch
    {
        StageGate.Items.Form => Texts.Pick("Выбрана форма наставничества", "A mentoring form is chosen"),
        StageGate.Items.Curator => Texts.Pick("Назначен куратор", "A curator is appointed"),
        StageGate.Items.Task => Texts.Pick("Поставлена задача с ожидаемым результатом", "A task with its expected result is set"),
        StageGate.Items.IntroductionOrder => Texts.Pick("Приказ о внедрении целевой модели наставничества", "Order on introducing the target model"),
        StageGate.Items.Regulation => Texts.Pick("Положение о наставничестве", "Regulation on mentorship"),
        StageGate.Items.CuratorOrder => Texts.Pick("Приказ о назначении куратора", "Order appointing the curator"),
        StageGate.Items.TrainedAcceptedMentor => Texts.Pick("Отобранный кандидат прошёл обучение", "An accepted candidate completed training"),
        StageGate.Items.Mentor => Texts.Pick("В базе есть наставник", "The mentor bank has a mentor"),
        StageGate.Items.MenteeWithRequest => Texts.Pick("В базе есть наставляемый с запросом", "The mentee bank has a mentee with a request"),
        StageGate.Items.ActiveGroup => Texts.Pick("Есть действующая пара или группа", "A pair or group is active"),
        StageGate.Items.NoActiveGroup => Texts.Pick("Все пары и группы завершены", "Every pair and group has ended"),
        _ => code,
    };

    private static string Missing(string code) => code switch
    {
        StageGate.Items.Form => Texts.Pick("Выберите хотя бы одну форму наставничества.", "Choose at least one mentoring form."),
        StageGate.Items.Curator => Texts.Pick("Назначьте куратора программы.", "Appoint the programme's curator."),
        StageGate.Items.Task => Texts.Pick("Поставьте хотя бы одну задачу.", "Set at least one task."),
        StageGate.Items.IntroductionOrder => Texts.Pick("Зарегистрируйте приказ о внедрении целевой модели.", "Register the order on introducing the target model."),
        StageGate.Items.Regulation => Texts.Pick("Зарегистрируйте положение о наставничестве.", "Register the regulation on mentorship."),
        StageGate.Items.CuratorOrder => Texts.Pick("Зарегистрируйте приказ о назначении куратора.", "Register the order appointing the curator."),
        StageGate.Items.TrainedAcceptedMentor => Texts.Pick("Примите хотя бы одного кандидата и отметьте завершённое обучение.", "Accept at least one candidate and record a completed training."),
        StageGate.Items.Mentor => Texts.Pick("Внесите в базу хотя бы одного действующего наставника.", "Enter at least one active mentor into the bank."),
        StageGate.Items.MenteeWithRequest => Texts.Pick("Внесите наставляемого хотя бы с одним запросом.", "Enter a mentee with at least one request."),
        StageGate.Items.ActiveGroup => Texts.Pick("Подтвердите хотя бы одну пару или группу.", "Confirm at least one pair or group."),
        StageGate.Items.NoActiveGroup => Texts.Pick("Завершите или прекратите все действующие пары и группы.", "Complete or terminate every active pair and group."),
        _ => code,
    };
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetProgrammeStageQuery(Guid Id) : IRequest<ProgrammeStageDto>;

internal sealed class GetProgrammeStageHandler(IApplicationDbContext db) : IRequestHandler<GetProgrammeStageQuery, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(GetProgrammeStageQuery request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        return StageGates.ToDto(programme, await StageGates.EvaluateAsync(db, programme, cancellationToken));
    }
}

/// <summary>Moves the programme one stage forward when the gate of its stage holds; else 409 with the checklist.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AdvanceProgrammeStageCommand(Guid Id) : IRequest<ProgrammeStageDto>;

internal sealed class AdvanceProgrammeStageHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<AdvanceProgrammeStageCommand, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(AdvanceProgrammeStageCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        programme.EnsureActive();
        if (programme.Stage == ProgrammeStage.Completion)
        {
            throw new ConflictException(Texts.Pick("Это последний этап: программу можно закрыть.", "This is the last stage: close the programme instead."), "stage");
        }

        var gate = await StageGates.EvaluateAsync(db, programme, cancellationToken);
        if (!gate.IsOpen)
        {
            throw StageGates.Refused(programme, gate, Texts.Pick(
                $"Этап {(int)programme.Stage} не завершён: не выполнены условия перехода.",
                $"Stage {(int)programme.Stage} is not complete: its gate does not hold."));
        }

        programme.Advance(gate, time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return StageGates.ToDto(programme, await StageGates.EvaluateAsync(db, programme, cancellationToken));
    }
}

/// <summary>Returns the programme to an earlier stage, with a reason kept in its history.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ReturnProgrammeStageCommand(ProgrammeStage? Stage, string? Reason) : IRequest<ProgrammeStageDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ReturnProgrammeStageValidator : AbstractValidator<ReturnProgrammeStageCommand>
{
    public ReturnProgrammeStageValidator()
    {
        RuleFor(c => c.Stage).NotNull().IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(StageTransition.ReasonMaxLength);
    }
}

internal sealed class ReturnProgrammeStageHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReturnProgrammeStageCommand, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(ReturnProgrammeStageCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        programme.ReturnTo(request.Stage!.Value, request.Reason!, time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return StageGates.ToDto(programme, await StageGates.EvaluateAsync(db, programme, cancellationToken));
    }
}

/// <summary>Closes the programme at stage 6 once no pair or group is active; else 409 with the checklist.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CloseProgrammeCommand(Guid Id) : IRequest<ProgrammeStageDto>;

internal sealed class CloseProgrammeHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<CloseProgrammeCommand, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(CloseProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        var active = await StageGates.ActiveGroupsAsync(db, programme.Id, cancellationToken);
        var gate = Programme.CompletionGate(active);
        if (!gate.IsOpen)
        {
            throw StageGates.Refused(programme, gate, Texts.Pick(
                $"Действующих пар и групп: {active}; программу можно закрыть, когда все они завершены.",
                $"{active} pair(s) or group(s) are still active; close the programme once all have ended."));
        }

        programme.Close(active, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return StageGates.ToDto(programme, gate);
    }
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetProgrammeHistoryQuery(Guid ProgrammeId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<StageTransitionDto>>, IPagedRequest;

public sealed class GetProgrammeHistoryValidator : AbstractValidator<GetProgrammeHistoryQuery>
{
    public GetProgrammeHistoryValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetProgrammeHistoryHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammeHistoryQuery, PagedList<StageTransitionDto>>
{
    public async Task<PagedList<StageTransitionDto>> Handle(GetProgrammeHistoryQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.StageTransitions.AsNoTracking().Where(t => t.ProgrammeId == request.ProgrammeId).OrderBy(t => t.At).ThenBy(t => t.Id)
            .ProjectToPagedListAsync<StageTransitionDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
