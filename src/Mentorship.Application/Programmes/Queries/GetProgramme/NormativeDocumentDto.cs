using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>
/// A normative document of the programme's launch conditions (нормативный документ): order, minutes, plan, regulation
/// or curator order.
/// </summary>
public sealed record NormativeDocumentDto
{
    /// <summary>Identifier of the document.</summary>
    public Guid Id { get; init; }

    /// <summary>
    /// Kind of document; the order on introducing the model, the regulation and the curator order are required to leave
    /// stage 1.
    /// </summary>
    public NormativeDocumentKind Kind { get; init; }

    /// <summary>Document number (номер приказа, протокола); null when it has none.</summary>
    public string? Number { get; init; }

    /// <summary>Date of the document.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Title of the document.</summary>
    public required string Title { get; init; }

    /// <summary>Link to the document; null when none was given.</summary>
    public string? Url { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<NormativeDocument, NormativeDocumentDto>();
    }
}
