namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

public sealed record PublicProgrammeTaskDto
{
    public required string Text { get; init; }

    public string? ExpectedResult { get; init; }
}
