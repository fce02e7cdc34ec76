using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

/// <summary>A normative document of a published programme (order, regulation, plan …): what it is, never who signed it.</summary>
public sealed record PublicProgrammeDocumentDto
{
    /// <summary>Kind of document (приказ о внедрении, положение, дорожная карта …).</summary>
    public NormativeDocumentKind Kind { get; init; }

    /// <summary>Its number, such as "12-од"; null when none.</summary>
    public string? Number { get; init; }

    /// <summary>Its date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Its title; null when the kind names it.</summary>
    public string? Title { get; init; }

    /// <summary>Where the file is published (an address or a storage key); null when not online.</summary>
    public string? FileReference { get; init; }
}
