using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.CreatePerson;

public interface IPersonFields
{
    Guid? OrganizationId { get; }

    string? LastName { get; }

    string? FirstName { get; }

    string? MiddleName { get; }

    DateOnly? BirthDate { get; }

    PersonCategory? Category { get; }

    int? Grade { get; }

    bool? HasSpecialNeeds { get; }

    string? Email { get; }

    string? Phone { get; }
}

public sealed class PersonFieldsValidator : AbstractValidator<IPersonFields>
{
    public PersonFieldsValidator(TimeProvider time)
    {
        RuleFor(p => p.OrganizationId).NotEmpty();
        RuleFor(p => p.LastName).NotEmpty().MaximumLength(TextLengths.NamePart);
        RuleFor(p => p.FirstName).NotEmpty().MaximumLength(TextLengths.NamePart);
        RuleFor(p => p.MiddleName).MaximumLength(TextLengths.NamePart);
        RuleFor(p => p.Category).NotNull().IsInEnum();
        RuleFor(p => p.Grade).InclusiveBetween(Person.MinGrade, Person.MaxGrade);
        RuleFor(p => p.Grade).Null().When(p => p.Category is not PersonCategory.Pupil).WithErrorCode(ErrorCodes.Person.GradeForPupilsOnly);
        RuleFor(p => p.BirthDate)
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
            .WithErrorCode(ErrorCodes.Person.BirthDateOutOfRange);
        RuleFor(p => p.Email).MaximumLength(Person.EmailMaxLength).EmailAddress().When(p => !string.IsNullOrWhiteSpace(p.Email));
        RuleFor(p => p.Phone).MaximumLength(Person.PhoneMaxLength);
    }
}

/// <summary>
/// A new person (участник): pupil, student, teacher, employer representative, parent or volunteer. Personal data
/// (152-FZ): never shown publicly or exported.
/// </summary>
/// <param name="OrganizationId">
/// The organisation the person belongs to (where the pupil studies or the teacher works); coverage counts them there.
/// </param>
/// <param name="LastName">Last name (фамилия); up to 100 characters.</param>
/// <param name="FirstName">First name (имя); up to 100 characters.</param>
/// <param name="MiddleName">Patronymic (отчество); optional, up to 100 characters.</param>
/// <param name="BirthDate">
/// Birth date, from 1900 to today; optional, but a pupil without one cannot be placed in the age band and is reported
/// apart.
/// </param>
/// <param name="Category">
/// Category of the person (категория), checked against the form of mentorship of each pair.
/// </param>
/// <param name="Grade">Grade (класс) 1–11; pupils only, null for everyone else.</param>
/// <param name="HasSpecialNeeds">The person has special educational needs (ОВЗ); false when omitted.</param>
/// <param name="Email">E-mail; optional.</param>
/// <param name="Phone">Phone; optional.</param>
/// <param name="Snils">
/// Insurance number (СНИЛС), 11 digits with or without the usual separators («112-233-445 95»), checked by its control
/// number; optional, one person per СНИЛС. Shown only when this one person is read.
/// </param>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record CreatePersonCommand(
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
    string? Snils = null) : IRequest<PersonDto>, IPersonFields;

internal sealed class CreatePersonHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CreatePersonCommand, PersonDto>
{
    public async Task<PersonDto> Handle(CreatePersonCommand request, CancellationToken cancellationToken)
    {
        await PersonReads.EnsureOrganizationInScopeAsync(db, request.OrganizationId!.Value, cancellationToken);
        var snils = await PersonReads.FreeSnilsAsync(db, request.Snils, null, cancellationToken);
        var person = new Person(request.OrganizationId.Value, PersonReads.Name(request), request.Category!.Value, request.Grade, request.BirthDate);
        person.SetSpecialNeeds(request.HasSpecialNeeds ?? false);
        person.SetContacts(request.Email, request.Phone);
        person.SetSnils(snils);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return await PersonReads.DtoAsync(db, mapper, person.Id, cancellationToken);
    }
}
