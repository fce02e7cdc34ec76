using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Queries.GetConsents;

public sealed record ConsentDto
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public ConsentGiver GivenBy { get; init; }

    public string? RepresentativeName { get; init; }

    public required string Purpose { get; init; }

    public DateTimeOffset GivenAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? DocumentReference { get; init; }

    public bool CoSignedBySubject { get; init; }

    public bool IsActive { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Consent, ConsentDto>().ForMember(d => d.IsActive, o => o.MapFrom(s => s.RevokedAt == null));
    }
}
