using Mentorship.Application.Reference.Queries.GetFormats;

namespace Mentorship.Application.Reference.Queries.GetCriteria;

public sealed record CriterionReferenceDto(string Code, int Number, string Title, IReadOnlyList<string> Levels) : ReferenceItemDto(Code, Title);
