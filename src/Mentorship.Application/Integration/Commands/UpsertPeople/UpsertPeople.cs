using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.UpsertPeople;

/// <summary>
/// What a batch row did: Created — a new record; Updated — an existing record found by the external id was changed.
/// </summary>
public enum RowOutcome
{
    Created = 1,
    Updated,
}

/// <summary>A person in a batch, found by the calling system's external id; personal data (152-FZ).</summary>
/// <param name="ExternalId">
/// The person's id in the calling school system, unique in the batch; up to 200 characters.
/// </param>
/// <param name="OrganizationId">The organisation the person belongs to (within the API key's scope).</param>
/// <param name="LastName">Last name (фамилия); up to 100 characters.</param>
/// <param name="FirstName">First name (имя); up to 100 characters.</param>
/// <param name="MiddleName">Patronymic (отчество); optional.</param>
/// <param name="BirthDate">Birth date, from 1900 to today; optional.</param>
/// <param name="Category">Category of the person (категория).</param>
/// <param name="Grade">Grade (класс) 1–11; pupils only.</param>
/// <param name="HasSpecialNeeds">
/// Special educational needs (ОВЗ); when omitted, false for a new person and unchanged for a known one.
/// </param>
/// <param name="Email">E-mail; optional.</param>
/// <param name="Phone">Phone; optional.</param>
public sealed record PersonRow(
    string? ExternalId,
    Guid? OrganizationId,
    string? LastName,
    string? FirstName,
    string? MiddleName,
    DateOnly? BirthDate,
    PersonCategory? Category,
    int? Grade,
    bool? HasSpecialNeeds,
    string? Email,
    string? Phone) : IPersonFields;

/// <summary>
/// People pushed by a school information system, created or updated by their external ids, all or nothing with a
/// per-row error report.
/// </summary>
/// <param name="Items">The rows, 1 to 1000, each external id once.</param>
[Authorize(Roles = Roles.IntegrationClient)]
public sealed record UpsertPeopleCommand(IReadOnlyList<PersonRow>? Items) : IRequest<BatchResultDto>;

internal sealed class UpsertPeopleHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertPeopleCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertPeopleCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new List<FieldError>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);

        var externalIds = rows.Select(r => r.ExternalId!).ToList();
        var links = await db.PersonExternalIds.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.ClientId == clientId && externalIds.Contains(l.ExternalId))
            .ToDictionaryAsync(l => l.ExternalId, l => l.PersonId, cancellationToken);
        var linkedIds = links.Values.ToList();
        var people = await db.People.Include(p => p.ExternalIds).Where(p => linkedIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var results = new List<BatchRowResultDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors.Add(Batch.UnknownOrganization(i, row.OrganizationId));
                continue;
            }

            Person? person = null;
            if (links.TryGetValue(row.ExternalId!, out var personId) && !people.TryGetValue(personId, out person))
            {
                errors.Add(Batch.RowError(i, "externalId", ErrorCodes.Integration.PersonOutOfScope, row.ExternalId));
                continue;
            }

            try
            {
                var name = new PersonName(row.LastName!, row.FirstName!, row.MiddleName);
                if (person is null)
                {
                    person = new Person(row.OrganizationId.Value, name, row.Category!.Value, row.Grade, row.BirthDate);
                    db.People.Add(person);
                    results.Add(new BatchRowResultDto(i, row.ExternalId!, person.Id, RowOutcome.Created));
                }
                else
                {
                    person.Update(row.OrganizationId.Value, name, row.Category!.Value, row.Grade, row.BirthDate, row.HasSpecialNeeds ?? person.HasSpecialNeeds);
                    results.Add(new BatchRowResultDto(i, row.ExternalId!, person.Id, RowOutcome.Updated));
                }

                person.SetSpecialNeeds(row.HasSpecialNeeds ?? person.HasSpecialNeeds);
                person.SetContacts(row.Email, row.Phone);
                person.SetExternalId(clientId, row.ExternalId!);
            }
            catch (DomainException refusal)
            {
                errors.Add(Batch.RowError(i, refusal, refusal.Field ?? "externalId"));
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}
