using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A form of mentorship (форма наставничества) with its title.</summary>
public sealed record PublicFormDto
{
    /// <summary>The form's stable code.</summary>
    public MentoringForm Code { get; init; }

    /// <summary>Its title in the caller's language, such as «Ученик – ученик».</summary>
    public string Title { get; init; } = string.Empty;
}
