using Mentorship.Application.Reference.Queries.GetFormats;

namespace Mentorship.Application.Reference.Queries.GetCriteria;

/// <summary>An efficiency criterion (критерий эффективности) with its scale and its indicators (показатели).</summary>
/// <param name="Code">The criterion's code, as in the efficiency responses, such as "YoungTeacherRetention".</param>
/// <param name="Number">Its number, 1–7.</param>
/// <param name="Title">Its title in the caller's language.</param>
/// <param name="Levels">
/// The levels of its scale besides "no data", from the highest to the lowest, in the caller's language.
/// </param>
/// <param name="Indicators">Its indicators as seed 001's table lists them, in order.</param>
public sealed record CriterionReferenceDto(string Code, int Number, string Title, IReadOnlyList<string> Levels, IReadOnlyList<CriterionIndicatorReferenceDto> Indicators)
    : ReferenceItemDto(Code, Title);

/// <summary>An indicator of an efficiency criterion.</summary>
/// <param name="Indicator">The indicator's name, as in the efficiency responses, such as "NonMaterialMotivation".</param>
/// <param name="Number">Its number as seed 001 writes it, such as "3.2".</param>
/// <param name="Title">Its title in the caller's language.</param>
/// <param name="Levels">
/// The levels of its scale besides "no data", from the highest to the lowest, in the caller's language; a figure with no
/// scale (4.2, 6.1) has the single level "figure".
/// </param>
public sealed record CriterionIndicatorReferenceDto(string Indicator, string Number, string Title, IReadOnlyList<string> Levels);
