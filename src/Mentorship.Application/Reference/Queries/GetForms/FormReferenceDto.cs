using Mentorship.Application.Reference.Queries.GetFormats;
using Mentorship.Domain.People;

namespace Mentorship.Application.Reference.Queries.GetForms;

public sealed record FormReferenceDto(string Code, string Title, IReadOnlyList<PersonCategory> MentorCategories, IReadOnlyList<PersonCategory> MenteeCategories)
    : ReferenceItemDto(Code, Title);
