using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes;

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
