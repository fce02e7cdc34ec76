using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;

/// <summary>
/// Informing done at stage 4 (информирование): of one mentee and family, or of the programme's audience at large.
/// </summary>
public sealed record InformingRecordDto
{
    /// <summary>Identifier of the record.</summary>
    public Guid Id { get; init; }

    /// <summary>The mentee informed; null for informing of the audience at large.</summary>
    public Guid? MenteeId { get; init; }

    /// <summary>How they were informed (канал информирования).</summary>
    public InformingChannel Channel { get; init; }

    /// <summary>Date of the informing.</summary>
    public DateOnly InformedOn { get; init; }

    /// <summary>What was said or agreed; null when none.</summary>
    public string? Note { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<InformingRecord, InformingRecordDto>();
    }
}
