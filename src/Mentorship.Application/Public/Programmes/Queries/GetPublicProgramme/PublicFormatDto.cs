using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A format of mentorship (формат наставничества) with its title.</summary>
public sealed record PublicFormatDto
{
    /// <summary>The format's stable code.</summary>
    public MentoringFormat Code { get; init; }

    /// <summary>Its title in the caller's language, such as «Групповое».</summary>
    public string Title { get; init; } = string.Empty;
}
