using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;

/// <summary>An intermediate result (промежуточный результат) of a pair or group, or of one mentee.</summary>
public sealed record IntermediateResultDto
{
    /// <summary>Identifier of the result.</summary>
    public Guid Id { get; init; }

    /// <summary>The pair or group.</summary>
    public Guid GroupId { get; init; }

    /// <summary>The mentee it is of; null for a result of the whole pair or group.</summary>
    public Guid? MenteePersonId { get; init; }

    /// <summary>Date it was recorded.</summary>
    public DateOnly RecordedOn { get; init; }

    /// <summary>The result in words.</summary>
    public required string Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IntermediateResult, IntermediateResultDto>();
    }
}
