using Mentorship.Application.Reference.Queries.GetFormats;

namespace Mentorship.Application.Reference.Queries.GetStages;

public sealed record StageReferenceDto(string Code, int Number, string Title, string Gate) : ReferenceItemDto(Code, Title);
