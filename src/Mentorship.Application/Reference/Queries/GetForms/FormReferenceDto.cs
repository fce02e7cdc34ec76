using Mentorship.Application.Reference.Queries.GetFormats;
using Mentorship.Domain.People;

namespace Mentorship.Application.Reference.Queries.GetForms;

/// <summary>A form of mentorship (форма наставничества) with the person categories it allows on each side.</summary>
/// <param name="Code">The form's code, such as "PupilPupil".</param>
/// <param name="Title">Its title in the caller's language, such as «Ученик – ученик».</param>
/// <param name="MentorCategories">Categories a mentor (наставник) of this form may have.</param>
/// <param name="MenteeCategories">Categories a mentee (наставляемый) of this form may have.</param>
public sealed record FormReferenceDto(string Code, string Title, IReadOnlyList<PersonCategory> MentorCategories, IReadOnlyList<PersonCategory> MenteeCategories)
    : ReferenceItemDto(Code, Title);
