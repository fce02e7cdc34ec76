namespace Mentorship.Application.Programmes.Queries.GetProgrammeStage;

/// <summary>One item of a stage's checklist: whether it holds and, when not, what is missing.</summary>
public sealed record ChecklistItemDto(string Code, string Title, bool Met, string? Missing);
