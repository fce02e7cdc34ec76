using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

/// <summary>A person as those who may see their personal data see them (152-FZ: never in public responses or exports).</summary>
public sealed record PersonDto
{
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

public sealed record ExternalIdDto(string ClientId, string ExternalId);

/// <summary>Who may read and keep people: those who run an organisation's work, and its school system. Mentors and mentees see their own record.</summary>
internal static class PeopleRoles
{
    public const string Keepers = $"{Roles.OrganizationStaff},{Roles.IntegrationClient}";
    public const string Readers = $"{Keepers},{Roles.Mentor},{Roles.Mentee}";
}

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
        RuleFor(p => p.Grade).Null().When(p => p.Category is not PersonCategory.Pupil)
            .WithMessage(_ => Texts.Pick("Класс указывается только для обучающихся.", "Only pupils have a grade."));
        RuleFor(p => p.BirthDate)
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
            .WithMessage(_ => Texts.Pick("Дата рождения вне допустимого диапазона.", "The birth date is out of range."));
        RuleFor(p => p.Email).MaximumLength(Person.EmailMaxLength).EmailAddress().When(p => !string.IsNullOrWhiteSpace(p.Email));
        RuleFor(p => p.Phone).MaximumLength(Person.PhoneMaxLength);
    }
}

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
    string? Phone) : IRequest<PersonDto>, IPersonFields;

public sealed class CreatePersonValidator : AbstractValidator<CreatePersonCommand>
{
    public CreatePersonValidator(TimeProvider time) => Include(new PersonFieldsValidator(time));
}

internal sealed class CreatePersonHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<CreatePersonCommand, PersonDto>
{
    public async Task<PersonDto> Handle(CreatePersonCommand request, CancellationToken cancellationToken)
    {
        await PersonRules.EnsureOrganizationInScope(db, request.OrganizationId!.Value, cancellationToken);
        var person = new Person(request.OrganizationId.Value, PersonRules.Name(request), request.Category!.Value, request.Grade, request.BirthDate);
        person.SetSpecialNeeds(request.HasSpecialNeeds ?? false);
        person.SetContacts(request.Email, request.Phone);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPersonQuery(person.Id), cancellationToken);
    }
}

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
    string? Phone) : IRequest<PersonDto>, IPersonFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed class UpdatePersonValidator : AbstractValidator<UpdatePersonCommand>
{
    public UpdatePersonValidator(TimeProvider time) => Include(new PersonFieldsValidator(time));
}

internal sealed class UpdatePersonHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<UpdatePersonCommand, PersonDto>
{
    public async Task<PersonDto> Handle(UpdatePersonCommand request, CancellationToken cancellationToken)
    {
        var person = await db.People.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (person.IsAnonymised)
        {
            throw new ConflictException(Texts.Pick("Персональные данные удалены; запись не изменяется.", "The person's data was erased; the record takes no changes."));
        }

        if (person.OrganizationId != request.OrganizationId)
        {
            await PersonRules.EnsureOrganizationInScope(db, request.OrganizationId!.Value, cancellationToken);
        }

        person.Update(request.OrganizationId!.Value, PersonRules.Name(request), request.Category!.Value, request.Grade, request.BirthDate, request.HasSpecialNeeds ?? false);
        person.SetContacts(request.Email, request.Phone);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPersonQuery(person.Id), cancellationToken);
    }
}

/// <summary>
/// Erasure request (152-FZ): names, contacts and birth date are gone, external ids unlinked, consents closed
/// and active participations ended; the record and its aggregates stay so that indicators remain correct.
/// </summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record ErasePersonCommand(Guid Id) : IRequest<Unit>, ITransactionalCommand;

internal sealed class ErasePersonHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<ErasePersonCommand, Unit>
{
    public async Task<Unit> Handle(ErasePersonCommand request, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.ExternalIds).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException(nameof(Person), request.Id);
        if (person.IsAnonymised)
        {
            return Unit.Value;
        }

        person.Anonymise(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPersonQuery(Guid Id) : IRequest<PersonDto>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => Id;
}

internal sealed class GetPersonHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPersonQuery, PersonDto>
{
    public async Task<PersonDto> Handle(GetPersonQuery request, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.Id == request.Id).ProjectTo<PersonDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Person), request.Id);
}

/// <param name="OrganizationId">Only the people of this organisation.</param>
/// <param name="Category">Only people of this category.</param>
/// <param name="Search">Words of the full name (case-insensitive).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPeopleQuery(
    Guid? OrganizationId = null,
    PersonCategory? Category = null,
    string? Search = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PersonDto>>, IPagedRequest, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => null;
}

public sealed class GetPeopleValidator : AbstractValidator<GetPeopleQuery>
{
    public GetPeopleValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class GetPeopleHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPeopleQuery, PagedList<PersonDto>>
{
    public Task<PagedList<PersonDto>> Handle(GetPeopleQuery request, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(p => p.OrganizationId == organizationId);
        }

        if (request.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            foreach (var word in SearchText.Normalize(request.Search).Split(' '))
            {
                query = query.Where(p => p.SearchName.Contains(word));
            }
        }

        return query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .ProjectToPagedListAsync<PersonDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class PersonRules
{
    public static PersonName Name(IPersonFields fields) => new(fields.LastName!, fields.FirstName!, fields.MiddleName);

    /// <summary>A person can only be put in an organisation the caller sees; another one is reported as not found.</summary>
    public static async Task EnsureOrganizationInScope(IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken))
        {
            throw new ValidationException("organizationId", Texts.NotFound(nameof(Organization), organizationId));
        }
    }
}
