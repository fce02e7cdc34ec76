using AutoMapper;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

/// <summary>
/// An organisation (организация) of a municipality, with its kind, rural/hard-to-reach flags and contacts.
/// </summary>
public sealed record OrganizationDto
{
    /// <summary>Identifier of the organisation.</summary>
    public Guid Id { get; init; }

    /// <summary>The municipality it belongs to.</summary>
    public Guid MunicipalityId { get; init; }

    /// <summary>Name of that municipality.</summary>
    public required string MunicipalityName { get; init; }

    /// <summary>The region (субъект РФ) of that municipality.</summary>
    public Guid RegionId { get; init; }

    /// <summary>Full name (полное наименование).</summary>
    public required string Name { get; init; }

    /// <summary>Short name (краткое наименование); null when none was given.</summary>
    public string? ShortName { get; init; }

    /// <summary>Taxpayer number (ИНН), 10 or 12 digits; null when none was given.</summary>
    public string? Inn { get; init; }

    /// <summary>Kind of organisation (тип организации).</summary>
    public OrganizationKind Kind { get; init; }

    /// <summary>The organisation is rural (сельская).</summary>
    public bool IsRural { get; init; }

    /// <summary>The organisation is hard to reach (труднодоступная).</summary>
    public bool IsHardToReach { get; init; }

    /// <summary>Postal address; null when none was given.</summary>
    public string? Address { get; init; }

    /// <summary>Contact e-mail; null when none was given.</summary>
    public string? Email { get; init; }

    /// <summary>Contact phone; null when none was given.</summary>
    public string? Phone { get; init; }

    /// <summary>Website address; null when none was given.</summary>
    public string? Website { get; init; }

    /// <summary>
    /// The organisation was archived (POST …/archive): it keeps its history but takes no new changes.
    /// </summary>
    public bool IsArchived { get; init; }

    /// <summary>When it was archived (UTC); null while it is not.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>
    /// Version of the record, carried by the ETag; send the ETag in If-Match to update it (a stale one answers 412).
    /// </summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, OrganizationDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId));
    }
}
