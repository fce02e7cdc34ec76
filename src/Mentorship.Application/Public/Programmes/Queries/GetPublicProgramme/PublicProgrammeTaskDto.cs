namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A task of a published programme (задача) with its expected result.</summary>
public sealed record PublicProgrammeTaskDto
{
    /// <summary>The task.</summary>
    public required string Text { get; init; }

    /// <summary>Expected result (ожидаемый результат); null when none.</summary>
    public string? ExpectedResult { get; init; }
}
