using Mentorship.Application.Reference.Queries.GetFormats;

namespace Mentorship.Application.Reference.Queries.GetStages;

/// <summary>A stage of a mentorship programme (этап) with the condition to leave it.</summary>
/// <param name="Code">The stage's code, such as "MentorBank".</param>
/// <param name="Number">Its number, 1–6.</param>
/// <param name="Title">Its title in the caller's language.</param>
/// <param name="Gate">The condition to leave the stage (the gate), in words.</param>
public sealed record StageReferenceDto(string Code, int Number, string Title, string Gate) : ReferenceItemDto(Code, Title);
