using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;

/// <summary>An award (поощрение) of one of the best pairs or groups at completion (stage 6).</summary>
public sealed record AwardDto
{
    /// <summary>Identifier of the award.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The pair or group awarded.</summary>
    public Guid GroupId { get; init; }

    /// <summary>The award.</summary>
    public required string Title { get; init; }

    /// <summary>Date of the award.</summary>
    public DateOnly AwardedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Award, AwardDto>();
    }
}
