namespace Mentorship.Application.Reference.Queries.GetFormats;

/// <summary>A reference item: its code (the enum value used everywhere in the API) and its title in the caller's language.</summary>
public record ReferenceItemDto(string Code, string Title);
