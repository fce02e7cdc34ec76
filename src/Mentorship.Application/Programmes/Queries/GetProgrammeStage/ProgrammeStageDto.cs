using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeStage;

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
