using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

public sealed record NormativeDocumentDto
{
    public Guid Id { get; init; }

    public NormativeDocumentKind Kind { get; init; }

    public string? Number { get; init; }

    public DateOnly Date { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<NormativeDocument, NormativeDocumentDto>();
    }
}
