using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Queries.GetPerson;

/// <summary>A person as those who may see their personal data see them (152-FZ: never in public responses or exports).</summary>
public sealed record PersonDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [Id];

    /// <summary>Identifier of the person.</summary>
    public Guid Id { get; init; }

    /// <summary>The organisation the person belongs to.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Last name (фамилия); empty once anonymised.</summary>
    public string? LastName { get; init; }

    /// <summary>First name (имя); empty once anonymised.</summary>
    public string? FirstName { get; init; }

    /// <summary>Patronymic (отчество); null when none or once anonymised.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Birth date; null when unknown or once anonymised.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Category of the person (категория).</summary>
    public PersonCategory Category { get; init; }

    /// <summary>Grade (класс) 1–11 of a pupil; null for everyone else.</summary>
    public int? Grade { get; init; }

    /// <summary>The person has special educational needs (ОВЗ).</summary>
    public bool HasSpecialNeeds { get; init; }

    /// <summary>E-mail; null when none or once anonymised.</summary>
    public string? Email { get; init; }

    /// <summary>Phone; null when none or once anonymised.</summary>
    public string? Phone { get; init; }

    /// <summary>
    /// Insurance number (СНИЛС), 11 digits; given only when one person is read (never in lists, exports or public
    /// responses); null when none or once anonymised.
    /// </summary>
    public string? Snils { get; init; }

    /// <summary>
    /// The person was erased on request (152-FZ): names, birth date, contacts and external ids are gone, aggregates
    /// kept.
    /// </summary>
    public bool IsAnonymised { get; init; }

    /// <summary>When the person was anonymised; null otherwise.</summary>
    public DateTimeOffset? AnonymisedAt { get; init; }

    /// <summary>The ids school information systems give this person.</summary>
    public IReadOnlyList<ExternalIdDto> ExternalIds { get; init; } = [];

    /// <summary>
    /// Version of the record, carried by the ETag; send the ETag in If-Match to update it (a stale one answers 412).
    /// </summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            // СНИЛС is selected only when a single read asks for it (PersonReads.DtoAsync); a list never carries it.
            CreateMap<Person, PersonDto>().ForMember(d => d.Snils, o => o.ExplicitExpansion());
            CreateMap<PersonExternalId, ExternalIdDto>();
        }
    }
}
