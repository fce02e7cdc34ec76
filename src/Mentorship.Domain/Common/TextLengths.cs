namespace Mentorship.Domain.Common;

/// <summary>
/// Column lengths shared by the areas. Every indexed string has an explicit length (SQL Server cannot index
/// nvarchar(max) nor keys over 1700 bytes); long free texts stop at <see cref="FreeText"/> and are never indexed.
/// </summary>
public static class TextLengths
{
    /// <summary>A part of a person's name.</summary>
    public const int NamePart = 100;

    /// <summary>Tags: competences of mentors and topics of mentees' requests.</summary>
    public const int Tag = 100;

    /// <summary>Codes and identifiers: document numbers, client ids, breakdown keys.</summary>
    public const int Code = 100;

    /// <summary>Short labels: contacts, positions, responsible persons, who did something.</summary>
    public const int Label = 200;

    /// <summary>Titles and names of things.</summary>
    public const int Title = 500;

    /// <summary>Web addresses and short paragraphs (tasks, reasons, results of a contest).</summary>
    public const int Paragraph = 1000;

    /// <summary>Free text: notes, descriptions, success stories.</summary>
    public const int FreeText = 4000;
}
