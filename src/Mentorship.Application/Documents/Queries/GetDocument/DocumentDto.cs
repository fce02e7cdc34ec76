using AutoMapper;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Documents.Queries.GetDocument;

/// <summary>A document of an organisation, a programme or a municipality, with its requisites.</summary>
public sealed record DocumentDto
{
    /// <summary>Identifier of the document.</summary>
    public Guid Id { get; init; }

    /// <summary>Where the document belongs: Organization, Programme or Municipality.</summary>
    public DocumentLevel Level { get; init; }

    /// <summary>The organisation, programme or municipality it belongs to.</summary>
    public Guid OwnerId { get; init; }

    /// <summary>Kind of document (вид документа), e.g. PairsOrder — приказ о закреплении наставнических пар.</summary>
    public NormativeDocumentKind Kind { get; init; }

    /// <summary>Document number (номер приказа, протокола); null when it has none.</summary>
    public string? Number { get; init; }

    /// <summary>Date of the document.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Title of the document; always given for the kind Other.</summary>
    public string? Title { get; init; }

    /// <summary>Where the file is: an absolute http(s) address or a storage key; null when none was given.</summary>
    public string? FileReference { get; init; }

    /// <summary>Who approved (signed) it, name and position; null when not said.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Version of the record; it changes with every update.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<OfficialDocument, DocumentDto>()
                .ForMember(d => d.OwnerId, o => o.MapFrom(s => s.OrganizationId ?? s.MunicipalityId ?? Guid.Empty));
            CreateMap<NormativeDocument, DocumentDto>()
                .ForMember(d => d.Level, o => o.MapFrom(_ => DocumentLevel.Programme))
                .ForMember(d => d.OwnerId, o => o.MapFrom(s => s.ProgrammeId));
        }
    }
}
