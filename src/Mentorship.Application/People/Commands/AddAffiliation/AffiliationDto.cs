using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddAffiliation;

/// <summary>An organisation a person belongs to besides their home organisation (принадлежность к организации).</summary>
public sealed record AffiliationDto
{
    /// <summary>Identifier of the affiliation.</summary>
    public Guid Id { get; init; }

    /// <summary>The person.</summary>
    public Guid PersonId { get; init; }

    /// <summary>The organisation the person also belongs to.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>What the person is there (a pupil of the ДО centre, a teacher of the second school).</summary>
    public PersonCategory Role { get; init; }

    /// <summary>The first day.</summary>
    public DateOnly From { get; init; }

    /// <summary>The last day; null while it lasts.</summary>
    public DateOnly? To { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<PersonAffiliation, AffiliationDto>();
    }
}
