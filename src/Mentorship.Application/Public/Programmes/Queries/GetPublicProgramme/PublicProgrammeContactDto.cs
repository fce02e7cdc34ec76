namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>
/// Whose contact the public page of a programme shows: Organization — the organisation's public contact; Curator — the
/// curator's work contact, which the curator agreed to publish.
/// </summary>
public enum PublicContactSource
{
    Organization = 1,
    Curator,
}

/// <summary>Whom parents contact about the programme.</summary>
public sealed record PublicProgrammeContactDto
{
    /// <summary>The organisation's contact, or the curator's by their agreement.</summary>
    public PublicContactSource Source { get; init; }

    /// <summary>The organisation's name, or the name the curator agreed to show.</summary>
    public required string Name { get; init; }

    /// <summary>E-mail; null when none.</summary>
    public string? Email { get; init; }

    /// <summary>Phone; null when none.</summary>
    public string? Phone { get; init; }

    /// <summary>The organisation's website; null when none.</summary>
    public string? Website { get; init; }
}
