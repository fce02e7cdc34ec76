using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.UpdatePerson;

/// <summary>New details of a person (участник); every field is replaced.</summary>
/// <param name="OrganizationId">The organisation the person belongs to.</param>
/// <param name="LastName">Last name (фамилия); up to 100 characters.</param>
/// <param name="FirstName">First name (имя); up to 100 characters.</param>
/// <param name="MiddleName">Patronymic (отчество); optional, up to 100 characters.</param>
/// <param name="BirthDate">Birth date, from 1900 to today; optional.</param>
/// <param name="Category">Category of the person (категория).</param>
/// <param name="Grade">Grade (класс) 1–11; pupils only, null for everyone else.</param>
/// <param name="HasSpecialNeeds">The person has special educational needs (ОВЗ); false when omitted.</param>
/// <param name="Email">E-mail; optional.</param>
/// <param name="Phone">Phone; optional.</param>
/// <param name="Snils">
/// Insurance number (СНИЛС), 11 digits with or without the usual separators («112-233-445 95»), checked by its control
/// number; optional, one person per СНИЛС. Shown only when this one person is read.
/// </param>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record UpdatePersonCommand(
    Guid? OrganizationId,
    string? LastName,
    string? FirstName,
    string? MiddleName,
    DateOnly? BirthDate,
    PersonCategory? Category,
    int? Grade,
    bool? HasSpecialNeeds,
    string? Email,
    string? Phone,
    string? Snils = null) : IRequest<PersonDto>, IPersonFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdatePersonHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<UpdatePersonCommand, PersonDto>
{
    public async Task<PersonDto> Handle(UpdatePersonCommand request, CancellationToken cancellationToken)
    {
        var person = await db.People.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (person.OrganizationId != request.OrganizationId)
        {
            await PersonReads.EnsureOrganizationInScopeAsync(db, request.OrganizationId!.Value, cancellationToken);
        }

        person.Update(request.OrganizationId!.Value, PersonReads.Name(request), request.Category!.Value, request.Grade, request.BirthDate, request.HasSpecialNeeds ?? false);
        person.SetContacts(request.Email, request.Phone);
        person.SetSnils(await PersonReads.FreeSnilsAsync(db, request.Snils, person.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await PersonReads.DtoAsync(db, mapper, person.Id, cancellationToken);
    }
}
