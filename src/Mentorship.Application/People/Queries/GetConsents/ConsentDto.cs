using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Queries.GetConsents;

/// <summary>
/// A consent to the processing of personal data (согласие на обработку персональных данных). A person without an active
/// one cannot join a pair or group.
/// </summary>
public sealed record ConsentDto
{
    /// <summary>Identifier of the consent.</summary>
    public Guid Id { get; init; }

    /// <summary>The person whose data it covers.</summary>
    public Guid PersonId { get; init; }

    /// <summary>Who gave it: the person or a legal representative.</summary>
    public ConsentGiver GivenBy { get; init; }

    /// <summary>Full name of the legal representative; null when the person gave it.</summary>
    public string? RepresentativeName { get; init; }

    /// <summary>Purpose of the processing (цель обработки).</summary>
    public required string Purpose { get; init; }

    /// <summary>When it was signed.</summary>
    public DateTimeOffset GivenAt { get; init; }

    /// <summary>When it was revoked (отзыв согласия); null while it holds.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Reference to the signed document; null when none was given.</summary>
    public string? DocumentReference { get; init; }

    /// <summary>
    /// The minor signed the legal representative's consent too (a pupil of 14–17 may co-sign); false on a person's own
    /// consent.
    /// </summary>
    public bool CoSignedBySubject { get; init; }

    /// <summary>The consent holds now: given and not revoked.</summary>
    public bool IsActive { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Consent, ConsentDto>().ForMember(d => d.IsActive, o => o.MapFrom(s => s.RevokedAt == null));
    }
}
