using Mentorship.Domain.Common;

namespace Mentorship.Domain.People;

/// <summary>
/// Who gave a consent to the processing of personal data (согласие на обработку персональных данных): Self — the
/// person; LegalRepresentative — a legal representative (законный представитель), required for a minor.
/// </summary>
public enum ConsentGiver
{
    Self = 1,
    LegalRepresentative,
}

/// <summary>Consent to the processing of personal data (согласие на обработку персональных данных, 152-FZ).</summary>
public class Consent : BaseEntity
{
    public const int RepresentativeNameMaxLength = 300;
    public const int PurposeMaxLength = TextLengths.Title;
    public const int DocumentReferenceMaxLength = TextLengths.Label;

    private Consent()
    {
        Purpose = null!;
    }

    internal Consent(Guid personId, ConsentGiver givenBy, string? representativeName, string purpose, DateTimeOffset givenAt, string? documentReference, bool coSignedBySubject)
    {
        PersonId = personId;
        GivenBy = Check.Defined(givenBy, "givenBy");
        RepresentativeName = Guard.Optional(representativeName, "representativeName", RepresentativeNameMaxLength);
        if (givenBy == ConsentGiver.LegalRepresentative && RepresentativeName is null)
        {
            throw new DomainException(ErrorCodes.Consent.RepresentativeRequired, "representativeName");
        }

        if (givenBy != ConsentGiver.LegalRepresentative && RepresentativeName is not null)
        {
            throw new DomainException(ErrorCodes.Consent.RepresentativeNotExpected, "representativeName");
        }

        Purpose = Guard.NotBlank(purpose, "purpose", PurposeMaxLength);
        GivenAt = givenAt;
        DocumentReference = Guard.Optional(documentReference, "documentReference", DocumentReferenceMaxLength);
        CoSignedBySubject = coSignedBySubject;
    }

    public Guid PersonId { get; private set; }

    public ConsentGiver GivenBy { get; private set; }

    public string? RepresentativeName { get; private set; }

    public string Purpose { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Number and date of the signed paper, or where it is kept.</summary>
    public string? DocumentReference { get; private set; }

    /// <summary>
    /// The minor signed the representative's consent too (a pupil of 14–17 may co-sign); recorded only on a legal
    /// representative's consent for a person of that age.
    /// </summary>
    public bool CoSignedBySubject { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsActiveAt(DateTimeOffset at) => GivenAt <= at && (RevokedAt is null || RevokedAt > at);

    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            throw new DomainConflictException(ErrorCodes.Consent.AlreadyRevoked);
        }

        if (at < GivenAt)
        {
            throw new DomainException(ErrorCodes.Consent.RevokedBeforeGiven, "revokedAt", GivenAt);
        }

        RevokedAt = at;
    }

    /// <summary>Erasure of the person: the representative's name goes too; the fact and dates of consent stay.</summary>
    internal void Anonymise(DateTimeOffset at)
    {
        RepresentativeName = null;
        RevokedAt ??= at;
    }
}
