using Mentorship.Application.Reference.Queries.GetFormats;

namespace Mentorship.Application.Reference.Queries.GetCriteria;

/// <summary>An efficiency criterion (критерий эффективности) with its scale.</summary>
/// <param name="Code">The criterion's code, as in the efficiency responses, such as "YoungTeacherRetention".</param>
/// <param name="Number">Its number, 1–7.</param>
/// <param name="Title">Its title in the caller's language.</param>
/// <param name="Levels">
/// The levels of its scale besides "no data", from the highest to the lowest, in the caller's language.
/// </param>
public sealed record CriterionReferenceDto(string Code, int Number, string Title, IReadOnlyList<string> Levels) : ReferenceItemDto(Code, Title);
