namespace Mentorship.Application.Reference.Queries.GetFormats;

/// <summary>A reference item: its code (the enum value used everywhere in the API) and its title in the caller's language.</summary>
/// <param name="Code">The code: the enum value used everywhere in the API, such as "OneToOne".</param>
/// <param name="Title">
/// Its title in the caller's language (Russian by default, English with Accept-Language: en).
/// </param>
public record ReferenceItemDto(string Code, string Title);
