using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.People;

/// <summary>
/// A participant: pupil, student, teacher, employer representative, parent, volunteer. Holds personal data
/// (152-FZ): never in public responses or exports. An erasure request anonymises the person instead of deleting
/// the row, so pairs, groups and indicators that counted them stay correct.
/// </summary>
public class Person : AuditableEntity
{
    public const int EmailMaxLength = TextLengths.Label;
    public const int PhoneMaxLength = 50;
    public const int MinGrade = 1;
    public const int MaxGrade = 11;

    /// <summary>The age of majority (совершеннолетие): younger persons need a legal representative's consent.</summary>
    public const int AdultAge = 18;

    /// <summary>From this age a minor may co-sign the legal representative's consent.</summary>
    public const int CoSignatureAge = 14;

    private readonly List<PersonExternalId> _externalIds = [];
    private readonly List<Consent> _consents = [];
    private readonly List<PersonAffiliation> _affiliations = [];

    private Person()
    {
        LastName = null!;
        FirstName = null!;
    }

    public Person(Guid organizationId, PersonName name, PersonCategory category, int? grade = null, DateOnly? birthDate = null)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        (LastName, FirstName, MiddleName) = name.Validated();
        SearchName = SearchText.Normalize($"{LastName} {FirstName} {MiddleName}");
        SetCategory(category, grade);
        BirthDate = birthDate;
    }

    public Guid OrganizationId { get; private set; }

    /// <summary>Where the person studies or works: coverage counts them here, whoever runs the programme.</summary>
    public Organization? Organization { get; private set; }

    /// <summary>Empty once the person is anonymised.</summary>
    public string LastName { get; private set; }

    /// <summary>Empty once the person is anonymised.</summary>
    public string FirstName { get; private set; }

    public string? MiddleName { get; private set; }

    /// <summary>The full name folded for search (lower case, ё → е); erased with the name.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public DateOnly? BirthDate { get; private set; }

    public PersonCategory Category { get; private set; }

    /// <summary>School grade (класс), 1–11, for pupils only.</summary>
    public int? Grade { get; private set; }

    /// <summary>A child with special educational needs (обучающийся с ОВЗ).</summary>
    public bool HasSpecialNeeds { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>
    /// Insurance number (СНИЛС), 11 digits; optional, unique; finds a person across organisations. Never exported,
    /// never public, never in lists.
    /// </summary>
    public string? Snils { get; private set; }

    public bool IsAnonymised { get; private set; }

    public DateTimeOffset? AnonymisedAt { get; private set; }

    public IReadOnlyCollection<PersonExternalId> ExternalIds => _externalIds.AsReadOnly();

    public IReadOnlyCollection<Consent> Consents => _consents.AsReadOnly();

    /// <summary>The organisations the person belongs to besides the home one (<see cref="OrganizationId"/>).</summary>
    public IReadOnlyCollection<PersonAffiliation> Affiliations => _affiliations.AsReadOnly();

    public void Update(Guid organizationId, PersonName name, PersonCategory category, int? grade, DateOnly? birthDate, bool hasSpecialNeeds)
    {
        EnsureNotAnonymised();
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        (LastName, FirstName, MiddleName) = name.Validated();
        SearchName = SearchText.Normalize($"{LastName} {FirstName} {MiddleName}");
        SetCategory(category, grade);
        BirthDate = birthDate;
        HasSpecialNeeds = hasSpecialNeeds;
    }

    public void SetContacts(string? email, string? phone)
    {
        EnsureNotAnonymised();
        Email = Guard.Optional(email, "email", EmailMaxLength);
        Phone = Guard.Optional(phone, "phone", PhoneMaxLength);
    }

    public void SetSnils(Snils? snils)
    {
        EnsureNotAnonymised();
        Snils = snils?.Value;
    }

    /// <summary>
    /// The person also belongs to <paramref name="organizationId"/> as <paramref name="role"/> from
    /// <paramref name="from"/>; the home organisation in the person's own category is an affiliation already.
    /// </summary>
    public PersonAffiliation Affiliate(Guid organizationId, PersonCategory role, DateOnly from, DateOnly? to = null)
    {
        EnsureNotAnonymised();
        if (organizationId == OrganizationId && role == Category)
        {
            throw new DomainConflictException(ErrorCodes.Affiliation.IsHomeOrganization, "organizationId");
        }

        var affiliation = new PersonAffiliation(Id, organizationId, role, from, to);
        _affiliations.Add(affiliation);
        return affiliation;
    }

    /// <summary>Ends one of the person's affiliations on <paramref name="to"/> (the last day).</summary>
    public void EndAffiliation(PersonAffiliation affiliation, DateOnly to)
    {
        EnsureNotAnonymised();
        affiliation.End(to);
    }

    public void SetSpecialNeeds(bool hasSpecialNeeds)
    {
        EnsureNotAnonymised();
        HasSpecialNeeds = hasSpecialNeeds;
    }

    /// <summary>Under 18 on the date; a pupil whose birth date is unknown counts as a minor.</summary>
    public bool IsMinorOn(DateOnly date) => AgeOn(date) is { } age ? age < AdultAge : Category == PersonCategory.Pupil;

    /// <summary>Age in full years on a date (the computation rules use 1 September of the monitoring year).</summary>
    public int? AgeOn(DateOnly date)
    {
        if (BirthDate is not { } birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }

    /// <summary>Links the person to an integrating client's id; a client has one id per person, the latest wins.</summary>
    public PersonExternalId SetExternalId(string clientId, string externalId)
    {
        EnsureNotAnonymised();
        var client = Guard.NotBlank(clientId, "clientId", PersonExternalId.ClientIdMaxLength);
        var existing = _externalIds.Find(e => e.ClientId == client);
        if (existing is not null)
        {
            existing.Change(externalId);
            return existing;
        }

        var link = new PersonExternalId(Id, client, externalId);
        _externalIds.Add(link);
        return link;
    }

    /// <remarks>
    /// 152-FZ: the consent of a minor (under 18 on <paramref name="today"/>, the application's date; by default the
    /// day the consent is given) is given by a legal representative, whom a pupil of 14–17 may co-sign with; the
    /// minor's own consent alone is refused. A pupil without a birth date is taken for a minor: pupils are children
    /// unless the record shows otherwise.
    /// </remarks>
    public Consent GiveConsent(ConsentGiver givenBy, string? representativeName, string purpose, DateTimeOffset givenAt, string? documentReference, DateOnly? today = null,
        bool coSignedBySubject = false)
    {
        EnsureNotAnonymised();
        var consent = new Consent(Id, givenBy, representativeName, purpose, givenAt, documentReference, coSignedBySubject);
        var on = today ?? DateOnly.FromDateTime(givenAt.UtcDateTime);
        if (givenBy == ConsentGiver.Self && IsMinorOn(on))
        {
            throw new DomainException(ErrorCodes.Consent.MinorRequiresRepresentative, "givenBy");
        }

        // A co-signature is the minor's own signature beside the representative's: only from 14 to 17, and only
        // when the age is known.
        if (coSignedBySubject && (givenBy != ConsentGiver.LegalRepresentative || AgeOn(on) is not (>= CoSignatureAge and < AdultAge)))
        {
            throw new DomainException(ErrorCodes.Consent.CoSignatureNotApplicable, "coSignedBySubject", CoSignatureAge, AdultAge - 1);
        }

        _consents.Add(consent);
        return consent;
    }

    /// <summary>
    /// Revokes a consent and raises <see cref="ConsentRevoked"/>: without another active consent, the person's active
    /// participations end with the reason "consent revoked".
    /// </summary>
    public Consent RevokeConsent(Guid consentId, DateTimeOffset at)
    {
        var consent = _consents.Find(c => c.Id == consentId)
                      ?? throw new DomainException(ErrorCodes.Consent.NotFound, "consentId", consentId);
        consent.Revoke(at);
        AddDomainEvent(new ConsentRevoked(Id, consent.Id, HasActiveConsent(at)) { OccurredAt = at });
        return consent;
    }

    /// <summary>A teacher's employment at an organisation (the facts of criterion 4); kept for teachers only.</summary>
    public Employment RecordEmployment(Guid organizationId, DateOnly hiredAt, decimal experienceYearsAtHire, bool? isYoungSpecialist, DateOnly? leftAt = null)
    {
        EnsureKeepsEmployment();
        var employment = new Employment(Id, organizationId, hiredAt, experienceYearsAtHire, isYoungSpecialist);
        if (leftAt is { } left)
        {
            employment.End(left);
        }

        return employment;
    }

    /// <summary>Corrects the facts of one of the person's employments (a school system sending them again).</summary>
    public void CorrectEmployment(Employment employment, DateOnly hiredAt, decimal experienceYearsAtHire, bool isYoungSpecialist)
    {
        EnsureKeepsEmployment();
        employment.Correct(hiredAt, experienceYearsAtHire, isYoungSpecialist);
    }

    /// <summary>Ends one of the person's employments; an erased person's records take no changes.</summary>
    public void EndEmployment(Employment employment, DateOnly leftAt)
    {
        EnsureNotAnonymised();
        employment.End(leftAt);
    }

    public ContestParticipation RecordContest(int year, DateOnly? date, ActivityLevel level, ContestKind kind, string name, string? result)
    {
        EnsureNotAnonymised();
        return new ContestParticipation(Id, year, date, level, kind, name, result);
    }

    public Publication RecordPublication(PublicationKind kind, ActivityLevel level, string title, DateOnly date, string? url)
    {
        EnsureNotAnonymised();
        return new Publication(Id, kind, level, title, date, url);
    }

    public Training RecordTraining(string name, int hours, DateOnly completedAt, string? provider)
    {
        EnsureNotAnonymised();
        return new Training(Id, name, hours, completedAt, provider);
    }

    /// <summary>A person without an active consent cannot join a pair or a group.</summary>
    public bool HasActiveConsent(DateTimeOffset at) => !IsAnonymised && _consents.Exists(c => c.IsActiveAt(at));

    /// <summary>
    /// Erasure (152-FZ): blanks names, birth date, СНИЛС and contacts, drops the integrators' ids and the
    /// representatives' names, and keeps the id, category, grade and organisation so aggregates stay correct.
    /// Raises <see cref="PersonErased"/>: the person's active participations end.
    /// </summary>
    public void Anonymise(DateTimeOffset at)
    {
        EnsureNotAnonymised();
        LastName = string.Empty;
        FirstName = string.Empty;
        MiddleName = null;
        SearchName = string.Empty;
        BirthDate = null;
        Email = null;
        Phone = null;
        Snils = null;
        _externalIds.Clear();
        foreach (var consent in _consents)
        {
            consent.Anonymise(at);
        }

        IsAnonymised = true;
        AnonymisedAt = at;
        AddDomainEvent(new PersonErased(Id) { OccurredAt = at });
    }

    private void EnsureNotAnonymised()
    {
        if (IsAnonymised)
        {
            throw new DomainConflictException(ErrorCodes.Person.Erased);
        }
    }

    private void EnsureKeepsEmployment()
    {
        EnsureNotAnonymised();
        if (Category != PersonCategory.Teacher)
        {
            throw new DomainException(ErrorCodes.Person.EmploymentForTeachersOnly, "personId");
        }
    }

    private void SetCategory(PersonCategory category, int? grade)
    {
        Category = Check.Defined(category, "category");
        if (grade is not null && category != PersonCategory.Pupil)
        {
            throw new DomainException(ErrorCodes.Person.GradeForPupilsOnly, "grade");
        }

        Grade = Check.InRange(grade, MinGrade, MaxGrade, "grade");
    }
}

/// <summary>A person's full name (ФИО) as given.</summary>
public sealed record PersonName(string LastName, string FirstName, string? MiddleName = null)
{
    internal (string Last, string First, string? Middle) Validated() => (
        Guard.NotBlank(LastName, "lastName", TextLengths.NamePart),
        Guard.NotBlank(FirstName, "firstName", TextLengths.NamePart),
        Guard.Optional(MiddleName, "middleName", TextLengths.NamePart));
}
