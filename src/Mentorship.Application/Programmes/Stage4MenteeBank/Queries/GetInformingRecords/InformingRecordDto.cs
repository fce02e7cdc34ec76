using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;

public sealed record InformingRecordDto
{
    public Guid Id { get; init; }

    public Guid? MenteeId { get; init; }

    public InformingChannel Channel { get; init; }

    public DateOnly InformedOn { get; init; }

    public string? Note { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<InformingRecord, InformingRecordDto>();
    }
}
