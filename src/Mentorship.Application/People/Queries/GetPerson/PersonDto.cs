using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Queries.GetPerson;

/// <summary>A person as those who may see their personal data see them (152-FZ: never in public responses or exports).</summary>
public sealed record PersonDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [Id];

    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public string? LastName { get; init; }

    public string? FirstName { get; init; }

    public string? MiddleName { get; init; }

    public DateOnly? BirthDate { get; init; }

    public PersonCategory Category { get; init; }

    public int? Grade { get; init; }

    public bool HasSpecialNeeds { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool IsAnonymised { get; init; }

    public DateTimeOffset? AnonymisedAt { get; init; }

    public IReadOnlyList<ExternalIdDto> ExternalIds { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<Person, PersonDto>();
            CreateMap<PersonExternalId, ExternalIdDto>();
        }
    }
}
