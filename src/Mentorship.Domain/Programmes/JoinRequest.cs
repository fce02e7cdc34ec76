using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// Who sent a request to join: Parent — a parent or another legal representative (законный представитель) of the
/// child; Pupil — the pupil, from 14 (the legal representative's consent is still required).
/// </summary>
public enum JoinRequesterKind
{
    Parent = 1,
    Pupil,
}

/// <summary>
/// Where a join request stands: Pending — in the curator's inbox; Accepted — the child is in the mentee bank;
/// Declined — refused with a reason.
/// </summary>
public enum JoinRequestStatus
{
    Pending = 1,
    Accepted,
    Declined,
}

/// <summary>
/// A request to join a published programme, sent from the open information resource by a parent (or a pupil of 14
/// or more) for a child, with the legal representative's consent to the processing of personal data. It is
/// personal data: never shown by a public endpoint. It waits in the curator's inbox of the mentee bank until it is
/// accepted (the child enters the bank) or declined, once: its version is the concurrency token, so of two
/// concurrent decisions one wins.
/// </summary>
public class JoinRequest : AuditableEntity
{
    public const int ReferenceLength = 12;
    public const int ConsentTextVersionMaxLength = TextLengths.Code;
    public const int ContactMaxLength = TextLengths.Label;
    public const int PhoneMaxLength = 50;
    public const int NameMaxLength = 300;

    /// <summary>The youngest child a request may be for (a first-grader); anyone of 18 or more is no child.</summary>
    public const int MinChildAge = 6;

    /// <summary>The purpose of the processing the representative consents to with a join request.</summary>
    public const string ConsentPurpose = "Участие ребёнка в программе наставничества образовательной организации";

    /// <summary>How the recorded consent refers to the request it came with.</summary>
    public const string ConsentDocumentPrefix = "Заявка с открытого информационного ресурса";

    private JoinRequest()
    {
        Reference = null!;
        ChildLastName = null!;
        ChildFirstName = null!;
        RequesterName = null!;
        RepresentativeName = null!;
        ConsentTextVersion = null!;
    }

    public JoinRequest(Guid programmeId, string reference, JoinRequestChild child, JoinRequester requester, JoinRequestConsent consent,
        MentoringForm? form, string? text, DateTimeOffset submittedAt)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        Reference = Guard.NotBlank(reference, "reference", ReferenceLength);
        ChildLastName = Guard.NotBlank(child.LastName, "child.lastName", TextLengths.NamePart);
        ChildFirstName = Guard.NotBlank(child.FirstName, "child.firstName", TextLengths.NamePart);
        ChildMiddleName = Guard.Optional(child.MiddleName, "child.middleName", TextLengths.NamePart);
        ChildGrade = Check.InRange(child.Grade, People.Person.MinGrade, People.Person.MaxGrade, "child.grade");
        ChildBirthDate = child.BirthDate;
        var today = DateOnly.FromDateTime(submittedAt.UtcDateTime);
        var age = child.BirthDate is { } birth ? AgeOn(birth, today) : (int?)null;
        if (age is null && ChildGrade is null)
        {
            throw new DomainException(ErrorCodes.JoinRequests.AgeOrGradeRequired, "child.birthDate");
        }

        if (age is { } a && (a < MinChildAge || a >= People.Person.AdultAge))
        {
            throw new DomainException(ErrorCodes.JoinRequests.ChildNotMinor, "child.birthDate", MinChildAge, People.Person.AdultAge - 1);
        }

        RequesterKind = Check.Defined(requester.Kind, "requester.kind");
        if (RequesterKind == JoinRequesterKind.Pupil && age is not >= People.Person.CoSignatureAge)
        {
            throw new DomainException(ErrorCodes.JoinRequests.PupilTooYoung, "child.birthDate", People.Person.CoSignatureAge);
        }

        RequesterName = Guard.NotBlank(requester.Name, "requester.name", NameMaxLength);
        RequesterEmail = Guard.Optional(requester.Email, "requester.email", ContactMaxLength);
        RequesterPhone = Guard.Optional(requester.Phone, "requester.phone", PhoneMaxLength);
        if (RequesterEmail is null && RequesterPhone is null)
        {
            throw new DomainException(ErrorCodes.JoinRequests.ContactRequired, "requester.email");
        }

        if (!consent.Given)
        {
            throw new DomainException(ErrorCodes.JoinRequests.ConsentRequired, "consent.given");
        }

        RepresentativeName = Guard.NotBlank(consent.RepresentativeName, "consent.representativeName", People.Consent.RepresentativeNameMaxLength);
        ConsentTextVersion = Guard.NotBlank(consent.TextVersion, "consent.textVersion", ConsentTextVersionMaxLength);
        Form = form is { } f ? Check.Defined(f, "form") : null;
        Text = Guard.Optional(text, "text", TextLengths.FreeText);
        SubmittedAt = submittedAt;
        Status = JoinRequestStatus.Pending;
    }

    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    /// <summary>The opaque reference the requester was given, to quote when they call the school.</summary>
    public string Reference { get; private set; }

    public JoinRequestStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string ChildLastName { get; private set; }

    public string ChildFirstName { get; private set; }

    public string? ChildMiddleName { get; private set; }

    public DateOnly? ChildBirthDate { get; private set; }

    public int? ChildGrade { get; private set; }

    public JoinRequesterKind RequesterKind { get; private set; }

    public string RequesterName { get; private set; }

    public string? RequesterEmail { get; private set; }

    public string? RequesterPhone { get; private set; }

    /// <summary>The form of mentorship the child is interested in; null when not said.</summary>
    public MentoringForm? Form { get; private set; }

    /// <summary>The request in the requester's words.</summary>
    public string? Text { get; private set; }

    /// <summary>The legal representative who gave the consent to the processing of the child's personal data.</summary>
    public string RepresentativeName { get; private set; }

    /// <summary>The version of the consent text the representative agreed to on the resource.</summary>
    public string ConsentTextVersion { get; private set; }

    public DateTimeOffset? HandledAt { get; private set; }

    public string? HandledBy { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>The person the child is (created or found) once accepted.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The mentee-bank entry once accepted.</summary>
    public Guid? MenteeId { get; private set; }

    /// <summary>The pupil co-signs the representative's consent when the pupil sent the request (14–17).</summary>
    public bool CoSignedByChild => RequesterKind == JoinRequesterKind.Pupil;

    public void Accept(Guid personId, Guid menteeId, DateTimeOffset at, string? by)
    {
        EnsurePending();
        PersonId = personId;
        MenteeId = menteeId;
        Handled(JoinRequestStatus.Accepted, at, by);
    }

    public void Decline(string reason, DateTimeOffset at, string? by)
    {
        EnsurePending();
        DeclineReason = Guard.NotBlank(reason, "reason", TextLengths.Paragraph);
        Handled(JoinRequestStatus.Declined, at, by);
    }

    private void Handled(JoinRequestStatus status, DateTimeOffset at, string? by)
    {
        Status = status;
        HandledAt = at;
        HandledBy = by is null || by.Length <= TextLengths.Label ? by : by[..TextLengths.Label];
    }

    private void EnsurePending()
    {
        if (Status != JoinRequestStatus.Pending)
        {
            throw new DomainConflictException(ErrorCodes.JoinRequests.AlreadyHandled, "status");
        }
    }

    private static int AgeOn(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }
}

/// <summary>The child a join request is for.</summary>
public sealed record JoinRequestChild(string LastName, string FirstName, string? MiddleName, DateOnly? BirthDate, int? Grade);

/// <summary>Who sent a join request and how to reach them.</summary>
public sealed record JoinRequester(JoinRequesterKind Kind, string Name, string? Email, string? Phone);

/// <summary>The legal representative's consent given with a join request, and the version of its text.</summary>
public sealed record JoinRequestConsent(bool Given, string RepresentativeName, string TextVersion);
