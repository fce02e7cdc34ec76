using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;

public sealed record IntermediateResultDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid? MenteePersonId { get; init; }

    public DateOnly RecordedOn { get; init; }

    public required string Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IntermediateResult, IntermediateResultDto>();
    }
}
