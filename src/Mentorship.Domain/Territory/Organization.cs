using Mentorship.Domain.Common;

namespace Mentorship.Domain.Territory;

/// <summary>
/// An organisation of the region: a school, a college, an employer, an NGO, a methodological centre.
/// Partners of programmes are organisations too.
/// </summary>
public class Organization : AuditableEntity
{
    public const int NameMaxLength = 500;
    public const int ShortNameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int ContactMaxLength = 200;

    private Organization()
    {
        Name = null!;
    }

    public Organization(Municipality municipality, string name, string? shortName, OrganizationKind kind, Inn? inn)
    {
        Name = null!;
        Update(name, shortName, kind, inn, municipality);
    }

    public Guid MunicipalityId { get; private set; }

    public Municipality? Municipality { get; private set; }

    /// <summary>The municipality's region, kept here so that scope checks need no join.</summary>
    public Guid RegionId { get; private set; }

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    /// <summary>The INN, validated by <see cref="Territory.Inn"/>.</summary>
    public string? Inn { get; private set; }

    /// <summary>The name and short name folded for search (lower case, ё → е).</summary>
    public string NameNormalized { get; private set; } = string.Empty;

    public OrganizationKind Kind { get; private set; }

    /// <summary>Сельская организация.</summary>
    public bool IsRural { get; private set; }

    /// <summary>Труднодоступная (remote, hard to reach) organisation.</summary>
    public bool IsHardToReach { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The organisation's public contacts (never a person's).</summary>
    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Website { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public void Update(string name, string? shortName, OrganizationKind kind, Inn? inn, Municipality municipality)
    {
        EnsureNotArchived();
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        ShortName = Guard.Optional(shortName, "shortName", ShortNameMaxLength);
        Kind = kind;
        Inn = inn?.Value;
        MunicipalityId = municipality.Id;
        RegionId = municipality.RegionId;
        NameNormalized = SearchText.Normalize(ShortName is null ? Name : $"{Name} {ShortName}");
    }

    public void SetLocation(bool isRural, bool isHardToReach, string? address)
    {
        EnsureNotArchived();
        IsRural = isRural;
        IsHardToReach = isHardToReach;
        Address = Guard.Optional(address, "address", AddressMaxLength);
    }

    public void SetContacts(string? email, string? phone, string? website)
    {
        EnsureNotArchived();
        Email = Guard.Optional(email, "email", ContactMaxLength);
        Phone = Guard.Optional(phone, "phone", ContactMaxLength);
        Website = Guard.Optional(website, "website", ContactMaxLength);
    }

    /// <summary>Archived organisations keep their history and indicators but take no new data.</summary>
    public void Archive(DateTimeOffset at)
    {
        if (IsArchived)
        {
            throw new DomainConflictException(ErrorCodes.Organization.AlreadyArchived);
        }

        IsArchived = true;
        ArchivedAt = at;
    }

    /// <summary>A head-count report for an academic year; an archived organisation takes no reports.</summary>
    public HeadCount ReportHeadCount(AcademicYear academicYear, HeadCountFigures figures, HeadCountSource source, DateTimeOffset reportedAt, string? reportedBy)
    {
        EnsureNotArchived();
        return new HeadCount(Id, academicYear, figures, source, reportedAt, reportedBy);
    }

    public void EnsureNotArchived()
    {
        if (IsArchived)
        {
            throw new DomainConflictException(ErrorCodes.Organization.Archived);
        }
    }
}
