using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Where a document belongs: Organization — the organisation's own acts (приказы ОО); Programme — the acts of one
/// programme; Municipality — the municipality's acts (муниципальная программа, приказ о назначении координатора…).
/// </summary>
public enum DocumentLevel
{
    Organization = 1,
    Programme,
    Municipality,
}

/// <summary>
/// A document with its requisites: kind, number, date, a reference to the file (an absolute http(s) address or a
/// storage key), who approved it and, for a document of the kind "other", its title. Each level keeps its own kinds.
/// </summary>
public abstract class DocumentRecord : AuditableEntity
{
    public const int NumberMaxLength = TextLengths.Code;
    public const int ApprovedByMaxLength = TextLengths.Label;
    public const int FileReferenceMaxLength = TextLengths.Paragraph;

    public NormativeDocumentKind Kind { get; private set; }

    public string? Number { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Required for <see cref="NormativeDocumentKind.Other"/>; else optional.</summary>
    public string? Title { get; private set; }

    /// <summary>Where the file is: an absolute http(s) address or a key in the file storage.</summary>
    public string? FileReference { get; private set; }

    /// <summary>Who approved (signed) it: name and position, e.g. «Директор Иванова И. И.».</summary>
    public string? ApprovedBy { get; private set; }

    /// <summary>The kinds a document of <paramref name="level"/> may have.</summary>
    public static bool IsKindOf(NormativeDocumentKind kind, DocumentLevel level) => kind switch
    {
        NormativeDocumentKind.Other => true,
        NormativeDocumentKind.MunicipalProgramme or NormativeDocumentKind.MunicipalRegulation
            or NormativeDocumentKind.MunicipalCoordinatorOrder or NormativeDocumentKind.RoadmapOrder => level == DocumentLevel.Municipality,
        _ => level != DocumentLevel.Municipality,
    };

    /// <summary>
    /// A storage key: letters, digits and <c>. _ - /</c>, no empty or dot-only segment (so no path walks out of the
    /// store); an address: absolute http or https.
    /// </summary>
    public static bool IsFileReference(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (value.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        }

        return value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/')
               && value.Split('/').All(segment => segment.Length > 0 && segment.Trim('.').Length > 0);
    }

    protected void Set(DocumentLevel level, NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy)
    {
        Check.Defined(kind, "kind");
        if (!IsKindOf(kind, level))
        {
            throw new DomainException(ErrorCodes.Documents.KindNotAtLevel, "kind", kind, level);
        }

        var checkedTitle = Guard.Optional(title, "title", TextLengths.Title);
        if (kind == NormativeDocumentKind.Other && checkedTitle is null)
        {
            throw new DomainException(ErrorCodes.Documents.TitleRequired, "title");
        }

        var reference = Guard.Optional(fileReference, "fileReference", FileReferenceMaxLength);
        if (!IsFileReference(reference))
        {
            throw new DomainException(ErrorCodes.Programme.DocumentUrlInvalid, "fileReference");
        }

        Kind = kind;
        Number = Guard.Optional(number, "number", NumberMaxLength);
        Date = date;
        Title = checkedTitle;
        FileReference = reference;
        ApprovedBy = Guard.Optional(approvedBy, "approvedBy", ApprovedByMaxLength);
    }
}

/// <summary>A document of an organisation or of a municipality (the programme's own live in the programme).</summary>
public class OfficialDocument : DocumentRecord
{
    private OfficialDocument()
    {
    }

    public OfficialDocument(DocumentLevel level, Guid ownerId, NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy)
    {
        Level = level == DocumentLevel.Programme ? throw new ArgumentOutOfRangeException(nameof(level)) : level;
        OrganizationId = level == DocumentLevel.Organization ? Check.NotEmpty(ownerId, "organizationId") : null;
        MunicipalityId = level == DocumentLevel.Municipality ? Check.NotEmpty(ownerId, "municipalityId") : null;
        Set(level, kind, number, date, title, fileReference, approvedBy);
    }

    public DocumentLevel Level { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public Guid? MunicipalityId { get; private set; }

    public void Update(NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy) =>
        Set(Level, kind, number, date, title, fileReference, approvedBy);
}
