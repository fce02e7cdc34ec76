using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

public sealed record PublicFormatDto
{
    public MentoringFormat Code { get; init; }

    public string Title { get; init; } = string.Empty;
}
