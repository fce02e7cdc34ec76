using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>
/// A document of the programme (нормативный документ): the launch orders, minutes, plan and regulation, the order on
/// pairs, the order appointing mentors, approval orders, the final-event order, or another.
/// </summary>
public sealed record NormativeDocumentDto
{
    /// <summary>Identifier of the document.</summary>
    public Guid Id { get; init; }

    /// <summary>
    /// Kind of document; the order on introducing the model, the regulation and the curator order are required to leave
    /// stage 1, the order on pairs (PairsOrder) to leave stage 5.
    /// </summary>
    public NormativeDocumentKind Kind { get; init; }

    /// <summary>Document number (номер приказа, протокола); null when it has none.</summary>
    public string? Number { get; init; }

    /// <summary>Date of the document.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Title of the document; always given for the kind Other, else null when none was given.</summary>
    public string? Title { get; init; }

    /// <summary>Where the file is: an absolute http(s) address or a storage key; null when none was given.</summary>
    public string? FileReference { get; init; }

    /// <summary>Who approved (signed) it, name and position; null when not said.</summary>
    public string? ApprovedBy { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<NormativeDocument, NormativeDocumentDto>();
    }
}
