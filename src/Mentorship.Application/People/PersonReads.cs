using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

/// <summary>The reads the use cases of people share. The rules about a person live in <see cref="Person"/>.</summary>
internal static class PersonReads
{
    /// <summary>The person, tracked, from <paramref name="people"/> (with what it includes); outside the caller's scope is not found.</summary>
    public static async Task<Person> PersonAsync(IQueryable<Person> people, Guid personId, CancellationToken cancellationToken) =>
        await people.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
        ?? throw new NotFoundException(nameof(Person), personId);

    public static async Task EnsureExistsAsync(IApplicationDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new NotFoundException(nameof(Person), personId);
        }
    }

    /// <summary>The person as the API returns them, СНИЛС included (a single read; lists leave it out).</summary>
    public static async Task<PersonDto> DtoAsync(IApplicationDbContext db, IMapper mapper, Guid personId, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.Id == personId).ProjectTo<PersonDto>(mapper.ConfigurationProvider, null, d => d.Snils).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Person), personId);

    /// <summary>
    /// The СНИЛС, if one is given, once no other person has it, whoever keeps them (the database's unique index backs
    /// this up).
    /// </summary>
    public static async Task<Snils?> FreeSnilsAsync(IApplicationDbContext db, string? value, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var snils = Snils.Create(value);
        if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.Snils == snils.Value && p.Id != exceptId, cancellationToken))
        {
            var what = Catalogue.Text("duplicate.person_snils");
            throw new ConflictException(ErrorCodes.Common.Duplicate, "snils", what, snils.ToString());
        }

        return snils;
    }

    /// <summary>A person can only be put in an organisation the caller sees and that is not archived; another one is reported as not found.</summary>
    public static async Task EnsureOrganizationInScopeAsync(IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken))
        {
            throw new ValidationException("organizationId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), organizationId);
        }
    }

    public static PersonName Name(IPersonFields fields) => new(fields.LastName!, fields.FirstName!, fields.MiddleName);
}
