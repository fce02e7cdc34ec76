using Mentorship.Domain.People;

namespace Mentorship.Application.People.Queries.FindPersonBySnils;

/// <summary>
/// The person a СНИЛС belongs to, as much as a curator of another organisation of the municipality needs to recognise
/// them and affiliate them instead of registering them twice: no contacts, no СНИЛС, no other organisations.
/// </summary>
public sealed record PersonMatchDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [Id];

    /// <summary>Identifier of the person, to send to `POST /people/{id}/affiliations` with the same СНИЛС.</summary>
    public Guid Id { get; init; }

    /// <summary>Last name (фамилия).</summary>
    public required string LastName { get; init; }

    /// <summary>First name (имя).</summary>
    public required string FirstName { get; init; }

    /// <summary>Patronymic (отчество); null when none.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Birth date; null when unknown.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Category of the person at their home organisation.</summary>
    public PersonCategory Category { get; init; }

    /// <summary>The person is already in the caller's scope (at home or by an affiliation).</summary>
    public bool InScope { get; init; }
}
