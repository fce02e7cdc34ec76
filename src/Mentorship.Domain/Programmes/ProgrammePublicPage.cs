using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// What a programme tells parents and pupils on the open information resource, beyond its description: a text for
/// parents, one for pupils, and the curator's work contact — shown only while the curator's agreement to publish it
/// stands (the date of agreement is kept; a withdrawal hides it at once), and only for the curator who agreed: a new
/// curator has agreed to nothing.
/// </summary>
public class ProgrammePublicPage : AuditableEntity
{
    public const int TextMaxLength = TextLengths.FreeText;
    public const int ContactNameMaxLength = TeamMember.FullNameMaxLength;
    public const int EmailMaxLength = TextLengths.Label;
    public const int PhoneMaxLength = 50;

    private ProgrammePublicPage()
    {
    }

    public ProgrammePublicPage(Guid programmeId)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
    }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The programme described for parents (what it gives the child, how it runs, how to join).</summary>
    public string? ParentsText { get; private set; }

    /// <summary>The programme described for pupils; optional.</summary>
    public string? PupilsText { get; private set; }

    /// <summary>The curator (team member) who agreed to publish the contact; null without an agreement.</summary>
    public Guid? CuratorMemberId { get; private set; }

    /// <summary>The name the curator agreed to show with the contact.</summary>
    public string? CuratorContactName { get; private set; }

    public string? CuratorWorkEmail { get; private set; }

    public string? CuratorWorkPhone { get; private set; }

    /// <summary>The curator agrees to the publication of the work contact (an explicit agreement).</summary>
    public bool CuratorContactPublished { get; private set; }

    /// <summary>When the curator agreed to publish it.</summary>
    public DateTimeOffset? CuratorContactAgreedAt { get; private set; }

    /// <summary>When the agreement was last withdrawn.</summary>
    public DateTimeOffset? CuratorContactWithdrawnAt { get; private set; }

    public void SetTexts(string? parentsText, string? pupilsText)
    {
        ParentsText = Guard.Optional(parentsText, "parentsText", TextMaxLength);
        PupilsText = Guard.Optional(pupilsText, "pupilsText", TextMaxLength);
    }

    /// <summary>The curator of the programme agrees to publish this work contact, from now.</summary>
    public void AgreeCuratorContact(TeamMember? curator, string? name, string? email, string? phone, DateTimeOffset at)
    {
        if (curator is not { Role: TeamRole.Curator })
        {
            throw new DomainConflictException(ErrorCodes.PublicPage.NoCurator, "curator");
        }

        var contactName = Guard.NotBlank(name ?? curator.FullName, "name", ContactNameMaxLength);
        var contactEmail = Guard.Optional(email, "workEmail", EmailMaxLength);
        var contactPhone = Guard.Optional(phone, "workPhone", PhoneMaxLength);
        if (contactEmail is null && contactPhone is null)
        {
            throw new DomainException(ErrorCodes.PublicPage.CuratorContactRequired, "workEmail");
        }

        CuratorMemberId = curator.Id;
        CuratorContactName = contactName;
        CuratorWorkEmail = contactEmail;
        CuratorWorkPhone = contactPhone;
        CuratorContactPublished = true;
        CuratorContactAgreedAt = at;
    }

    /// <summary>The curator withdraws the agreement: the contact is hidden at once and forgotten.</summary>
    public void WithdrawCuratorContact(DateTimeOffset at)
    {
        if (CuratorContactPublished)
        {
            CuratorContactWithdrawnAt = at;
        }

        CuratorMemberId = null;
        CuratorContactName = null;
        CuratorWorkEmail = null;
        CuratorWorkPhone = null;
        CuratorContactPublished = false;
        CuratorContactAgreedAt = null;
    }
}
