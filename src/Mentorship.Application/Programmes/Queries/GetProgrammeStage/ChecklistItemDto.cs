namespace Mentorship.Application.Programmes.Queries.GetProgrammeStage;

/// <summary>One item of a stage's checklist: whether it holds and, when not, what is missing.</summary>
/// <param name="Code">
/// Stable code of the item: form, curator, task, introductionOrder, regulation, curatorOrder (stage 1),
/// trainedAcceptedMentor (2), mentor (3), menteeWithRequest (4), activeGroup and pairsOrder (5), noActiveGroup (6).
/// </param>
/// <param name="Title">What the item asks, in the request's language.</param>
/// <param name="Met">The item holds.</param>
/// <param name="Missing">What is missing, in the request's language; null when the item holds.</param>
public sealed record ChecklistItemDto(string Code, string Title, bool Met, string? Missing);
