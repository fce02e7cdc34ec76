using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes;

/// <summary>
/// The stage read of a programme: loads the facts its gate reads (the rule itself is <see cref="Programme.Gate"/>)
/// and shows the gate as a checklist in the caller's language.
/// </summary>
internal static class StageGates
{
    /// <summary>The facts the gate of the programme's current stage reads, each computed in the database; only those.</summary>
    public static async Task<StageProgress> ProgressAsync(this IApplicationDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var id = programme.Id;
        return programme.Stage switch
        {
            ProgrammeStage.MentorSelection => StageProgress.None with
            {
                HasTrainedAcceptedMentor = await db.MentorCandidates.AnyAsync(
                    c => c.ProgrammeId == id && c.Decision == CandidateDecision.Accepted && c.Trainings.Any(t => t.CompletedAt != null), cancellationToken),
            },
            ProgrammeStage.MentorBank => StageProgress.None with { HasActiveMentor = await db.Mentors.AnyAsync(m => m.ProgrammeId == id && m.IsActive, cancellationToken) },
            ProgrammeStage.MenteeBank => StageProgress.None with
            {
                HasMenteeWithRequest = await db.Mentees.AnyAsync(m => m.ProgrammeId == id && m.IsActive && m.Requests.Any(), cancellationToken),
            },
            ProgrammeStage.OrganisationOfWork or ProgrammeStage.Completion => StageProgress.None with
            {
                ActiveGroups = await db.MentoringGroups.IgnoreQueryFilters().CountAsync(g => g.ProgrammeId == id && g.Status == GroupStatus.Active, cancellationToken),
            },
            _ => StageProgress.None,
        };
    }

    /// <summary>The programme's stage with the checklist of its gate.</summary>
    public static async Task<ProgrammeStageDto> StageDtoAsync(this IApplicationDbContext db, Programme programme, CancellationToken cancellationToken) =>
        ToDto(programme, programme.Gate(await db.ProgressAsync(programme, cancellationToken)));

    public static ProgrammeStageDto ToDto(Programme programme, StageGate gate) => new(
        programme.Id,
        programme.Stage,
        (int)programme.Stage,
        ReferenceTitles.Of(programme.Stage),
        programme.Status,
        programme.Stage < ProgrammeStage.Completion ? programme.Stage + 1 : null,
        gate.IsOpen,
        StageGate.ItemsOf(gate.Stage).Select(item => new ChecklistItemDto(
            item,
            Catalogue.Text($"stage.checklist.{item}.title"),
            !gate.Missing.Contains(item),
            gate.Missing.Contains(item) ? Catalogue.Text($"stage.checklist.{item}.missing") : null)).ToList());

    /// <summary>The domain's refusal as a 409 that carries the checklist, so the caller sees at once what is missing.</summary>
    public static ConflictException Refused(Programme programme, StageGateNotMetException refusal)
    {
        var conflict = new ConflictException(refusal.Code, null, [.. refusal.Arguments]);
        conflict.Extensions["checklist"] = ToDto(programme, refusal.Gate).Checklist;
        return conflict;
    }
}
