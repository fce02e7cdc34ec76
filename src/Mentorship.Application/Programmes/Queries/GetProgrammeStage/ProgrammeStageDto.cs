using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeStage;

/// <summary>Where a programme stands: its stage and the gate checklist to move on (at stage 6, to close).</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Stage">The stage (этап) it is at.</param>
/// <param name="Number">Number of the stage, 1–6.</param>
/// <param name="Title">Title of the stage in the request's language, such as «Формирование базы наставников».</param>
/// <param name="Status">Active, or closed after stage 6.</param>
/// <param name="NextStage">
/// The stage an advance leads to; null at stage 6, where the gate closes the programme instead.
/// </param>
/// <param name="GateOpen">Every item of the checklist holds: the programme may advance (at stage 6, be closed).</param>
/// <param name="Checklist">The gate's items in the order the stage's work goes.</param>
public sealed record ProgrammeStageDto(
    Guid ProgrammeId,
    ProgrammeStage Stage,
    int Number,
    string Title,
    ProgrammeStatus Status,
    ProgrammeStage? NextStage,
    bool GateOpen,
    IReadOnlyList<ChecklistItemDto> Checklist);
