using AutoMapper;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

/// <summary>A partner organisation of the programme and what it brings.</summary>
public sealed record ProgrammePartnerDto
{
    /// <summary>The partner organisation.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Its full name.</summary>
    public required string Name { get; init; }

    /// <summary>Its short name; null when none.</summary>
    public string? ShortName { get; init; }

    /// <summary>Kind of organisation, e.g. Employer, Ngo, HigherEducation.</summary>
    public OrganizationKind Kind { get; init; }

    /// <summary>Its INN (ИНН); null when not known.</summary>
    public string? Inn { get; init; }

    /// <summary>What the partner brings, in the curator's words; null when not said.</summary>
    public string? Role { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProgrammePartner, ProgrammePartnerDto>()
            .ForMember(d => d.Name, o => o.MapFrom(s => s.Organization!.Name))
            .ForMember(d => d.ShortName, o => o.MapFrom(s => s.Organization!.ShortName))
            .ForMember(d => d.Kind, o => o.MapFrom(s => s.Organization!.Kind))
            .ForMember(d => d.Inn, o => o.MapFrom(s => s.Organization!.Inn));
    }
}
