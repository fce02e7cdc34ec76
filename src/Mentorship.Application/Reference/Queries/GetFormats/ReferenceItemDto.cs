namespace Mentorship.Application.Reference.Queries.GetFormats;

/// <summary>A reference item: its code (the enum value used everywhere in the API) and its title in the caller's language.</summary>
/// <param name="Code">
/// The stable code: the enum value the API uses everywhere, such as "OneToOne" for a format or "YoungTeacherRetention"
/// for a criterion.
/// </param>
/// <param name="Title">
/// Its title in the caller's language (Russian by default, English with Accept-Language: en).
/// </param>
public record ReferenceItemDto(string Code, string Title);
